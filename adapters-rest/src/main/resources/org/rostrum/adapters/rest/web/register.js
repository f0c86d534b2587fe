"use strict";
/* A delegation asks for the floor with its registrant token, and sees its acknowledgement:
   position, projected time, and the receipt (the hash of the journal entry). */
(() => {
  const R = Rostrum;
  const $ = id => document.getElementById(id);
  let plenary = null;
  [["token-label", "token"], ["token-help", "tokenHelp"], ["segment-label", "segment"],
    ["participant-label", "participant"], ["participant-help", "participantHelp"],
    ["speaker-label", "speakerName"], ["submit", "submit"], ["heading", "register"]]
    .forEach(([id, key]) => { $(id).textContent = R.t(key); });

  R.api("GET", "").then(info => {
    if (!info.ok) { $("acknowledgement").textContent = info.json ? info.json.detail : "—"; return; }
    plenary = info.json;
    $("title").textContent = plenary.title[R.lang];
    $("segment").replaceChildren(...plenary.segments.map(s =>
      R.el("option", { value: s.id }, R.t("segment") + " " + s.id + " — " + s.title[R.lang])));
  });

  $("form").addEventListener("submit", async e => {
    e.preventDefault();
    const body = { segment: $("segment").value };
    if ($("participant").value.trim()) body.participant = $("participant").value.trim();
    if ($("speaker").value.trim()) body.speaker = $("speaker").value.trim();
    const r = await R.api("POST", "/registrations", { token: $("token").value.trim(), body });
    const out = $("acknowledgement");
    if (r.ok && r.json.position) {
      out.className = "ack ok";
      out.replaceChildren(
        R.el("p", { id: "ack-text" }, R.t("inscribed", r.json.registrationId, r.json.position,
          r.json.segment, R.localTime(r.json.projectedStart, plenary.zone))),
        R.el("p", {}, R.t("receipt") + " : ", R.el("code", { id: "receipt" }, r.json.receipt)));
    } else {
      out.className = "ack bad";
      out.replaceChildren(R.el("p", { id: "ack-text" }, r.json ? r.json.detail : String(r.status)));
      if (r.json && r.json.receipt) {
        out.append(R.el("p", {}, R.t("receipt") + " : ", R.el("code", { id: "receipt" }, r.json.receipt)));
      }
    }
  });
})();
