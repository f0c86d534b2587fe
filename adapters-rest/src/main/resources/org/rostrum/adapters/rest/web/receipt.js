"use strict";
/* A delegation checks its receipt, public (no token): pasted, or given as ?r=, it is looked up
   with GET /api/plenaries/{id}/receipts/{receipt}; the page shows the request's state, place and
   time and the server's sentence, or says plainly that no request has it. The inclusion proof is
   offered as a JSON file with how to check it, and checked here when the browser can hash. */
(() => {
  const R = Rostrum;
  const P = Public;
  const $ = id => document.getElementById(id);
  let url = null;

  P.languages($("languages"));
  $("list-link").textContent = P.t("seeList");
  $("list-link").href = P.link("list");
  $("heading").textContent = P.t("receiptTitle");
  document.title = P.t("receiptTitle");
  [["receipt-label", "receiptLabel"], ["receipt-help", "receiptHelp"], ["check", "check"],
    ["proof-title", "proof"], ["download", "download"], ["proof-help-1", "proofHelp1"],
    ["proof-help-2", "proofHelp2"], ["proof-help-3", "proofHelp3"]]
    .forEach(([id, key]) => { $(id).textContent = P.t(key); });

  R.api("GET", "", { lang: P.lang }).then(info => {
    if (info.ok && info.json) {
      $("title").textContent = P.title(info.json.title);
      document.title = P.t("receiptTitle") + " — " + P.title(info.json.title);
    }
  });

  function line(label, value, id) {
    return value === "" || value === null || value === undefined ? ""
      : R.el("div", { class: "fact" }, R.el("dt", {}, label), R.el("dd", id ? { id } : {}, String(value)));
  }

  async function sha256(text) {
    const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return Array.from(new Uint8Array(bytes), b => b.toString(16).padStart(2, "0")).join("");
  }

  /* The chain from the receipt's previous entry to the head, link by link, as the server gave it. */
  async function verify(proof, receipt) {
    const out = $("proof-check");
    out.className = "proof-check";
    if (!window.crypto || !crypto.subtle) { out.textContent = P.t("notChecked"); return; }
    let previous = proof.previous || "";
    const links = proof.links || [];
    for (let i = 0; i < links.length; i++) {
      const hash = await sha256(previous + links[i].text);
      if (hash !== links[i].hash || (i === 0 && hash !== receipt)) {
        out.className = "proof-check bad";
        out.textContent = P.t("broken", links[i].seq ?? i + 1);
        return;
      }
      previous = hash;
    }
    out.className = "proof-check ok";
    out.replaceChildren(P.t("checked", links.length), " ", R.el("code", {}, previous));
  }

  function proof(found) {
    const p = found.proof;
    $("proof").hidden = !p;
    if (!p) return;
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([JSON.stringify(Object.assign({ receipt: found.receipt }, p), null, 2) + "\n"],
      { type: "application/json" }));
    $("download").href = url;
    $("download").setAttribute("download", "receipt-" + String(found.receipt || "").slice(0, 12) + ".json");
    $("proof-links").textContent = P.t("links", (p.links || []).length);
    verify(p, found.receipt).catch(() => { $("proof-check").textContent = P.t("notChecked"); });
  }

  async function look(receipt) {
    const out = $("answer");
    $("proof").hidden = true;
    out.className = "";
    const r = await R.api("GET", "/receipts/" + encodeURIComponent(receipt) + "?lang=" + P.lang, { lang: P.lang });
    // Unknown, or not even the shape of a receipt (should the API refuse that as a bad request).
    if (r.status === 404 || (r.status === 400 && !/^[0-9a-f]{64}$/.test(receipt))) {
      out.className = "ack bad";
      const shape = /^[0-9a-f]{64}$/.test(receipt) ? "" : R.el("p", {}, P.t("badShape", receipt.length));
      out.replaceChildren(R.el("p", { id: "not-found" }, P.t("notFound")), shape);
      return;
    }
    if (!r.ok || !r.json) {
      out.className = "ack bad";
      out.replaceChildren(R.el("p", {}, P.t("error", (r.json && r.json.detail) || r.status)));
      return;
    }
    const f = r.json;
    const participant = f.participant && typeof f.participant === "object" ? f.participant.name : f.participant;
    const time = f.actualStart ? [P.t("actualStart"), P.hhmm(f.actualStart) + (f.actualEnd ? "–" + P.hhmm(f.actualEnd) : "")]
      : [P.t("projectedStart"), P.hhmm(f.projectedStart) + (f.timePermitting ? " — " + P.t("permitting") : "")];
    out.className = "ack " + (f.inscribed === false ? "bad" : "ok");
    out.replaceChildren(
      f.text ? R.el("p", { id: "receipt-text", class: "sentence" }, f.text) : "",
      R.el("dl", { class: "facts" },
        line(P.t("request"), f.registrationId !== undefined && f.registrationId !== null ? "#" + f.registrationId : ""),
        line(P.t("participant"), participant || ""),
        line(P.t("segment"), f.segment || ""),
        line(P.t("status"), P.state(f.status, f.statusText), "receipt-status"),
        f.reason ? line(P.t("reason"), P.reason(f.reason)) : "",
        line(P.t("place"), f.position ?? ""),
        time[1] ? line(time[0], time[1]) : ""));
    proof(f);
  }

  $("form").addEventListener("submit", e => {
    e.preventDefault();
    const receipt = $("receipt").value.replace(/\s+/g, "").toLowerCase(); // pasted across lines, too
    if (!receipt) return;
    const params = new URLSearchParams(location.search);
    params.set("r", receipt);
    history.replaceState(null, "", "?" + params.toString());
    look(receipt).catch(() => { $("answer").textContent = P.t("error", "—"); });
  });

  const given = new URLSearchParams(location.search).get("r");
  if (given) {
    $("receipt").value = given.trim();
    look(given.replace(/\s+/g, "").toLowerCase()).catch(() => { $("answer").textContent = P.t("error", "—"); });
  }
})();
