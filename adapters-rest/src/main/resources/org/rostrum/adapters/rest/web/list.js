"use strict";
/* The speakers' list for the delegations, public (no token): each segment's places with their
   state and their time (projected, or when the speaker actually spoke), the places to be reached
   only time permitting, the swaps, the segment's forecast, and the refused requests. Read again
   whenever the live stream says something changed, and every 30 seconds, as projections move with
   the clock. In English, French or Spanish (Public.lang). A field the API does not give shows
   nothing. */
(() => {
  const R = Rostrum;
  const P = Public;
  const $ = id => document.getElementById(id);
  let plenary = null;
  let loading = null;
  let again = false;
  let shown = null; // the list last shown, as its JSON text

  P.languages($("languages"));
  $("receipt-link").textContent = P.t("checkReceipt");
  $("receipt-link").href = P.link("receipt");
  $("print").textContent = P.t("print");
  $("print").addEventListener("click", () => window.print());
  $("heading").textContent = P.t("listTitle");
  $("refused-title").textContent = P.t("refused");
  [["refused-participant", "participant"], ["refused-segment", "segment"],
    ["refused-received", "received"], ["refused-reason", "reason"]]
    .forEach(([id, key]) => { $(id).textContent = P.t(key); });
  $("message").textContent = P.t("loading");

  /* "PT1M52S" → "1:52"; "" for what is not a duration. */
  function spoken(iso) {
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?$/.exec(String(iso || ""));
    if (!m || iso === "PT") return "";
    const seconds = (+(m[1] || 0)) * 3600 + (+(m[2] || 0)) * 60 + (+(m[3] || 0));
    return R.clock(seconds);
  }

  const ACTUAL = ["SPEAKING", "PAUSED", "SPOKE"];
  const PROJECTED = ["WAITING", "CALLED", "ABSENT"];

  /* The time of a place: when it actually spoke ("15:02–15:04"), else when it is projected to. */
  function when(sp) {
    if (sp.actualStart && (!sp.status || ACTUAL.includes(sp.status))) {
      if (!sp.actualEnd) {
        return [R.el("small", {}, P.t("since")), " ", R.el("span", { class: "clock" }, P.hhmm(sp.actualStart))];
      }
      return [R.el("span", { class: "clock" }, P.hhmm(sp.actualStart) + "–" + P.hhmm(sp.actualEnd))];
    }
    if (sp.projectedStart && (!sp.status || PROJECTED.includes(sp.status))) {
      return [R.el("span", { class: "clock" }, P.hhmm(sp.projectedStart)), " ",
        R.el("small", {}, P.t("projected"))];
    }
    return [];
  }

  function row(sp) {
    const participant = sp.participant || {};
    const who = [R.el("strong", { class: "participant" }, participant.name || "")];
    if (sp.onBehalfOf) who.push(R.el("span", { class: "on-behalf" }, P.t("onBehalfOf", sp.onBehalfOf)));
    if (sp.speaker) who.push(R.el("span", { class: "speaker" }, sp.speaker));
    if (P.swap(sp.swapped)) who.push(R.el("span", { class: "swap" }, P.swap(sp.swapped)));
    const state = [R.el("span", { class: "state-word" }, P.state(sp.status, sp.statusText))];
    if (sp.status === "SPOKE" && spoken(sp.spoken)) state.push(" ", R.el("small", {}, "(" + spoken(sp.spoken) + ")"));
    const time = when(sp);
    if (sp.timePermitting) time.push(R.el("span", { class: "permitting-mark" }, P.t("permitting")));
    return R.el("tr", { class: "place status-" + (sp.status || "UNKNOWN") + (sp.timePermitting ? " permitting" : "") },
      R.el("td", { class: "pos" }, String(sp.position ?? "")),
      R.el("td", { class: "who" }, who),
      R.el("td", { class: "state" }, state),
      R.el("td", { class: "when" }, time));
  }

  function segment(s) {
    const head = R.el("div", { class: "segment-title" },
      R.el("h2", {}, P.t("segment") + " " + s.id + (P.title(s.title) ? " — " + P.title(s.title) : "")));
    const meta = [];
    if (s.start && s.end) meta.push(R.el("span", {}, P.t("window", P.hhmm(s.start), P.hhmm(s.end))));
    if (s.listClosed) meta.push(R.el("span", { class: "closed-mark" }, P.t("closedList")));
    const block = R.el("section", { class: "segment-block", id: "segment-" + s.id }, head,
      meta.length ? R.el("p", { class: "segment-meta" }, meta) : "");
    if (s.speakers.length && P.forecast(s.forecast)) {
      block.append(R.el("p", { class: "forecast" + (s.forecast.notReached ? " short" : "") }, P.forecast(s.forecast)));
    }
    const speakers = s.speakers || [];
    if (!speakers.length) {
      block.append(R.el("p", { class: "empty" }, P.t("empty")));
      return block;
    }
    block.append(R.el("table", { class: "public-table speakers" },
      R.el("thead", {}, R.el("tr", {},
        R.el("th", { class: "pos", scope: "col" }, P.t("position")),
        R.el("th", { scope: "col" }, P.t("participant")),
        R.el("th", { scope: "col" }, P.t("state")),
        R.el("th", { scope: "col" }, P.t("time")))),
      R.el("tbody", {}, speakers.map(row))));
    return block;
  }

  function refusals(list) {
    const rejected = list.rejected || [];
    $("refusals").hidden = !rejected.length;
    $("refused").tBodies[0].replaceChildren(...rejected.map(r => R.el("tr", {},
      R.el("td", { "data-label": P.t("participant") }, r.participant || ""),
      R.el("td", { "data-label": P.t("segment") }, r.segment || ""),
      R.el("td", { "data-label": P.t("received") }, P.dayTime(r.receivedAt)),
      R.el("td", { "data-label": P.t("reason") }, P.reason(r.reason)))));
  }

  async function load() {
    const [info, list] = await Promise.all([
      plenary ? Promise.resolve({ ok: true, json: plenary }) : R.api("GET", "", { lang: P.lang }),
      R.api("GET", "/speakers", { lang: P.lang })]);
    if (!info.ok || !list.ok || !list.json) {
      $("message").textContent = (info.status === 404 || list.status === 404) ? P.t("unknown") : P.t("failed");
      return;
    }
    plenary = info.json;
    const name = P.title(plenary.title);
    $("title").textContent = name;
    document.title = P.t("listTitle") + " — " + name;
    $("message").textContent = "";
    const data = list.json;
    const seen = JSON.stringify(data);
    if (seen === shown) return; // the same list: the page is left as it is (and where the reader is)
    shown = seen;
    $("updated").textContent = data.at ? P.t("updated", P.hhmm(data.at)) : "";
    $("segments").replaceChildren(...(data.segments || []).map(segment));
    refusals(data);
  }

  /* One reading at a time; a change that comes during one is read just after it. */
  async function reload() {
    if (loading) { again = true; return; }
    loading = load().catch(() => { $("message").textContent = P.t("failed"); });
    await loading;
    loading = null;
    if (again) { again = false; reload(); }
  }

  R.live(() => reload(), up => {
    $("status").textContent = up ? "· " + P.t("live") : "· " + P.t("offline");
    $("status").className = up ? "live" : "offline";
  });
  setInterval(reload, 30000);
  reload();
})();
