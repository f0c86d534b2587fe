"use strict";
/* The Secretariat's and the chairs' desk: the list with projected times and the time-permitting
   line, the refusals, and every action. Changes to the list carry the version shown (If-Match). */
(() => {
  const R = Rostrum;
  const $ = id => document.getElementById(id);
  let token = sessionStorage.getItem("rostrum.token");
  let plenary = null;
  let etag = null;
  let secretariat = false; // held mails are answered to the Secretariat only: its corrections too
  let openSegment = null;
  let resumableSegment = null;

  const label = (id, key, ...args) => { $(id).textContent = R.t(key, ...args); };
  label("token-label", "token"); label("use", "use"); label("session-title", "console");
  label("call-next", "callNext"); label("start", "start"); label("stop", "stop");
  label("mark-absent", "absent"); label("end-segment", "endSegment");
  label("first-label", "first"); label("second-label", "second"); label("swap", "swap");
  label("withdraw-label", "requestNo"); label("withdraw", "withdraw");
  label("mail-title", "mail"); label("mail-participant-label", "participant");
  label("mail-segment-label", "segment"); label("mail-speaker-label", "speakerName");
  label("mail-received-label", "receivedAt"); label("mail-submit", "submit");
  label("mail-sender-clock-label", "senderClock");
  label("refused-title", "refused"); label("forget", "forget"); label("reviews-title", "reviews");
  label("history-title", "history");
  label("amend-participant-label", "participant"); label("amend-segment-label", "segment");
  label("amend-speaker-label", "speakerName"); label("amend-reason-label", "amendReason");
  label("amend-submit", "amend"); label("amend-cancel", "cancel");
  label("annul-help", "annulHelp"); label("annul-reason-label", "annulReason");
  label("annul-cancel", "cancel"); label("confirm-no", "cancel");

  function say(text, bad) {
    $("message").textContent = text;
    $("message").className = "message" + (bad ? " bad" : "");
  }

  async function answer(result) {
    if (result.ok) {
      say(R.t("done"), false);
    } else {
      say(result.json ? result.json.detail : String(result.status), true);
      if (result.status === 401) { sessionStorage.removeItem("rostrum.token"); token = null; show(); }
    }
    await load();
  }

  async function load() {
    const [info, list, session, held, journal] = await Promise.all(
      [R.api("GET", ""), R.api("GET", "/speakers"), R.api("GET", "/session"),
        R.api("GET", "/reviews", { token }), R.api("GET", "/journal", { token })]);
    if (!info.ok || !list.ok) { say((list.json || info.json || {}).detail || "—", true); return; }
    plenary = info.json;
    etag = list.etag;
    $("title").textContent = plenary.title[R.lang];
    $("deadline").textContent = R.t("deadline", new Date(plenary.deadline).toLocaleString(
      R.lang === "fr" ? "fr-FR" : "en-GB", { timeZone: plenary.zone, dateStyle: "full", timeStyle: "short" })
      + " (" + plenary.zone + ")");
    const current = session.json && session.json.current;
    openSegment = session.json && session.json.segment ? session.json.segment.id : null;
    resumableSegment = session.json ? session.json.resumable : null;
    secretariat = held.ok;
    $("current").textContent = current ? "#" + current.registrationId + " " + current.participant
      + " — " + (current.phase === "SPEAKING" ? R.t("speaking") : R.t("called")) : R.t("nobody");
    $("segments").replaceChildren(...list.json.segments.map(segment));
    $("mail-segment").replaceChildren(...plenary.segments.map(s => R.el("option", { value: s.id }, s.id + " — " + s.title[R.lang])));
    $("refused").replaceChildren(
      R.el("tr", {}, [R.t("request"), R.t("participant"), R.t("segment"), R.t("received"), "",
        ...(secretariat ? [R.t("corrections")] : [])].map(h => R.el("th", { scope: "col" }, h))),
      ...list.json.rejected.map(r => R.el("tr", {},
        R.el("td", {}, "#" + r.registrationId), R.el("td", {}, r.participant), R.el("td", {}, r.segment),
        R.el("td", {}, R.localTime(r.receivedAt, plenary.zone), senderClock(r)),
        R.el("td", { class: "reason" }, r.reason + " — " + (R.t("reasons")[r.reason] || "")),
        corrections({ id: r.registrationId, participant: r.participant, segment: r.segment,
          speaker: "", receivedAt: r.receivedAt }))));
    resumable();
    // Held mails are the Secretariat's: a chair's token is refused them, and the panel stays hidden.
    $("history-section").hidden = !journal.ok;
    if (journal.ok) history(journal.json);
    $("reviews-section").hidden = !held.ok;
    if (held.ok) reviews(held.json.held);
  }

  /** The latest entries of the record, newest first, each with who asked for it. */
  function history(entries) {
    const what = e => {
      const ev = e.event || {};
      const id = ev.id || (ev.registration && ev.registration.id) || ev.superseded;
      const ids = ev.first ? "#" + ev.first + " ↔ #" + ev.second : id ? "#" + id : "";
      const segment = ev.segment && typeof ev.segment === "string" && !id ? R.t("segment") + " " + ev.segment : "";
      const reason = ev.reason ? " — " + ev.reason : "";
      return [R.t("events")[e.type] || e.type, ids, segment].filter(Boolean).join(" ") + reason;
    };
    const who = e => e.actor ? e.actor.id + (e.actor.role ? " (" + e.actor.role.toLowerCase() + ")" : "") : "—";
    $("history").replaceChildren(
      R.el("tr", {}, [R.t("when"), R.t("who"), R.t("what")].map(h => R.el("th", { scope: "col" }, h))),
      ...entries.slice(-12).reverse().map(e => R.el("tr", {},
        R.el("td", {}, R.localTime(e.recordedAt, plenary.zone)), R.el("td", {}, who(e)), R.el("td", {}, what(e)))));
  }

  /** The held mails, each resolved once; what a desk is typing survives a refresh. */
  function reviews(held) {
    const typed = {};
    $("reviews").querySelectorAll("input, select").forEach(i => { typed[i.id] = i.value; });
    const open = held.filter(h => !h.resolution);
    $("reviews").replaceChildren(
      ...(open.length === 0 && held.length > 0 ? [R.el("p", {}, R.t("noneHeld"))] : []),
      ...(held.length === 0 ? [R.el("p", {}, R.t("noHeld"))] : []),
      ...held.map(h => R.el("article", { id: "review-" + h.id, class: h.resolution ? "resolved" : "" },
        R.el("h3", {}, "#" + h.id + " · " + when(h.receivedAt),
          senderClock(h), " · " + R.t("from") + " " + h.sender + " · “" + h.subject + "”"),
        R.el("p", { class: "why" }, h.why),
        h.candidates && h.candidates.length && !h.resolution
          ? R.el("p", { class: "candidates" }, R.t("candidates") + " " + h.candidates.map(c => c.name).join(", "))
          : "",
        h.evidence && h.evidence.length && !h.resolution
          ? R.el("ul", { class: "evidence" }, ...h.evidence.map(e => R.el("li", {}, e)))
          : "",
        h.late && !h.resolution ? R.el("p", { class: "bad" }, R.t("lateHeld")) : "",
        h.resolution
          ? R.el("p", { class: "resolution" }, h.resolution.outcome + " — " + h.resolution.note)
          : decide(h))));
    Object.entries(typed).forEach(([id, value]) => { const i = $(id); if (i) i.value = value; });
  }

  /** A date and time in the plenary's zone, to the second: when a mail was received matters. */
  function when(iso) {
    return new Date(iso).toLocaleString(R.lang === "fr" ? "fr-FR" : "en-GB",
      { timeZone: plenary.zone, dateStyle: "medium", timeStyle: "medium" });
  }

  function decide(h) {
    const first = h.candidates && h.candidates.length ? h.candidates[0].key : "";
    const participant = R.el("input", { id: "review-participant-" + h.id, value: h.participantSeen || first });
    const segment = R.el("select", { id: "review-segment-" + h.id },
      ...plenary.segments.map(s => R.el("option", { value: s.id }, s.id + " — " + s.title[R.lang])));
    if (h.segmentSeen) segment.value = h.segmentSeen;
    const reason = R.el("input", { id: "review-reason-" + h.id });
    return R.el("div", { class: "decide" },
      R.el("label", { for: participant.id }, R.t("participant")), participant,
      R.el("label", { for: segment.id }, R.t("segment")), segment,
      R.el("button", { type: "button", id: "review-accept-" + h.id, onclick: () => accept(h.id) }, R.t("accept")),
      R.el("label", { for: reason.id }, R.t("reason")), reason,
      R.el("button", { type: "button", id: "review-dismiss-" + h.id, onclick: () => dismiss(h.id) }, R.t("dismiss")));
  }

  async function accept(id) {
    const r = await R.api("POST", "/reviews/" + id + "/accept", { token,
      body: { participant: $("review-participant-" + id).value, segment: $("review-segment-" + id).value } });
    if (r.ok) {
      say(R.t("acceptedMail", id, r.json.registrationId), false);
    } else if (r.status === 422 && r.json) {
      say(R.t("refusedMail", id, r.json.registrationId, r.json.detail), true);
    } else {
      await answer(r);
      return;
    }
    await load();
  }

  async function dismiss(id) {
    const r = await R.api("POST", "/reviews/" + id + "/dismiss", { token,
      body: { reason: $("review-reason-" + id).value } });
    if (r.ok) { say(R.t("dismissedMail", id), false); await load(); } else { await answer(r); }
  }

  /** "†", explained on hover, when the time of receipt came from the sender's clock. */
  function senderClock(entry) {
    return entry.senderClock
      ? R.el("abbr", { class: "sender-clock", title: R.t("senderClockMark") }, " †") : "";
  }

  /** The Secretariat's corrections of one request: amend it, or annul it; nothing for a chair. */
  function corrections(request) {
    if (!secretariat) return "";
    return R.el("td", { class: "row-actions" },
      R.el("button", { type: "button", id: "amend-" + request.id, onclick: () => amend(request) }, R.t("amend")),
      R.el("button", { type: "button", id: "annul-" + request.id, onclick: () => annul(request) }, R.t("annul")));
  }

  function segment(s) {
    const headers = [R.t("position"), R.t("time"), R.t("participant"), R.t("speaker"), R.t("request"),
      ...(secretariat ? [R.t("corrections")] : [])];
    const rows = [R.el("tr", {}, headers.map(h => R.el("th", { scope: "col" }, h)))];
    s.speakers.forEach(sp => {
      if (sp.timePermitting && sp.position === s.capacity + 1) {
        rows.push(R.el("tr", { class: "permitting" }, R.el("td", { colspan: String(headers.length) }, R.t("permitting"))));
      }
      rows.push(R.el("tr", { class: sp.timePermitting ? "late-row" : "" },
        R.el("td", {}, sp.position), R.el("td", {}, R.localTime(sp.projectedStart, plenary.zone)),
        R.el("td", {}, sp.participant.name), R.el("td", {}, sp.speaker || ""),
        R.el("td", {}, "#" + sp.registrationId, senderClock(sp)),
        corrections({ id: sp.registrationId, participant: sp.participant.name, segment: s.id,
          speaker: sp.speaker || "", receivedAt: sp.receivedAt })));
    });
    const toggle = R.el("button", {
      type: "button", id: (s.listClosed ? "reopen-" : "close-") + s.id,
      onclick: () => send(s.listClosed ? "reopen-list" : "close-list", { segment: s.id }, true)
    }, R.t(s.listClosed ? "reopenList" : "closeList", s.id));
    return R.el("section", { class: "segment" },
      R.el("h2", {}, R.t("segment") + " " + s.id + " — " + s.title[R.lang] + " "
        + R.localTime(s.start, plenary.zone) + "–" + R.localTime(s.end, plenary.zone)
        + (s.listClosed ? " (" + R.t("closed") + ")" : "")),
      toggle, R.el("table", { class: "list" }, rows));
  }

  async function send(command, body, guarded) {
    const r = await R.api("POST", "/commands/" + command,
      { token, body, ifMatch: guarded ? etag : undefined });
    await answer(r);
    return r;
  }

  /* The request being amended or annulled, and what was recorded of it. */
  let correcting = null;

  function amend(request) {
    correcting = request;
    $("amend-title").textContent = R.t("amendTitle", request.id);
    $("amend-was").textContent = R.t("amendWas", request.participant, request.segment, when(request.receivedAt));
    $("amend-participant").value = request.participant;
    const known = plenary.segments.some(s => s.id === request.segment);
    $("amend-segment").replaceChildren(
      ...(known ? [] : [R.el("option", { value: "" }, R.t("asRecorded", request.segment))]),
      ...plenary.segments.map(s => R.el("option", { value: s.id }, s.id + " — " + s.title[R.lang])));
    $("amend-segment").value = known ? request.segment : "";
    $("amend-speaker").value = request.speaker;
    $("amend-reason").value = "";
    $("amend-error").textContent = "";
    $("amend-dialog").showModal();
  }

  /** Sends only what differs from the record: a field left as it was is not corrected. */
  $("amend-form").addEventListener("submit", async e => {
    e.preventDefault();
    const request = correcting;
    const body = { id: request.id };
    const participant = $("amend-participant").value.trim();
    if (participant && participant !== request.participant) body.participant = participant;
    if ($("amend-segment").value && $("amend-segment").value !== request.segment) body.segment = $("amend-segment").value;
    const speaker = $("amend-speaker").value.trim();
    if (speaker && speaker !== request.speaker) body.speaker = speaker;
    if ($("amend-reason").value.trim()) body.reason = $("amend-reason").value.trim();
    const r = await R.api("POST", "/commands/amend", { token, body, ifMatch: etag });
    if (!r.ok) { await refused(r, "amend-error"); return; }
    $("amend-dialog").close();
    const o = r.json.outcome;
    if (o.status === "REFUSED") say(R.t("amendedRefused", request.id, o.detail), true);
    else if (o.position) say(R.t("amended", request.id, o.position, o.segment, R.localTime(o.projectedStart, plenary.zone)), false);
    else say(R.t("amendedStatus", request.id, o.status), false);
    await load();
  });

  function annul(request) {
    correcting = request;
    $("annul-title").textContent = R.t("annulTitle", request.id, request.participant);
    $("annul-confirm").textContent = R.t("annulConfirm", request.id);
    $("annul-reason").value = "";
    $("annul-error").textContent = "";
    $("annul-dialog").showModal();
  }

  $("annul-form").addEventListener("submit", async e => {
    e.preventDefault();
    const reason = $("annul-reason").value.trim();
    if (!reason) { $("annul-error").textContent = R.t("reasonNeeded"); return; }
    const id = correcting.id;
    const r = await R.api("POST", "/commands/annul", { token, body: { id, reason }, ifMatch: etag });
    if (!r.ok) { await refused(r, "annul-error"); return; }
    $("annul-dialog").close();
    say(R.t("annulled", id), false);
    await load();
  });

  /** A refusal shown in the dialog that asked, in the server's words; a stale list is shown again. */
  async function refused(r, where) {
    $(where).textContent = r.json ? r.json.detail : String(r.status);
    if (r.status === 401) { document.querySelectorAll("dialog").forEach(d => d.close()); await answer(r); }
    else if (r.status === 409) await load();
  }

  $("amend-cancel").addEventListener("click", () => $("amend-dialog").close());
  $("annul-cancel").addEventListener("click", () => $("annul-dialog").close());
  $("confirm-no").addEventListener("click", () => $("confirm-dialog").close());

  /* The one question asked before an action that is hard to take back. */
  let confirmed = null;
  function confirmThen(text, yes, action) {
    confirmed = action;
    $("confirm-text").textContent = text;
    $("confirm-yes").textContent = yes;
    $("confirm-dialog").showModal();
  }
  $("confirm-form").addEventListener("submit", async e => {
    e.preventDefault();
    $("confirm-dialog").close();
    const action = confirmed;
    confirmed = null;
    if (action) await action();
  });

  /* The segment that ended last, while the server says it may be resumed (L6). */
  function resumable() {
    $("resume-segment").hidden = !resumableSegment;
    if (resumableSegment) $("resume-segment").textContent = R.t("resumeSegment", resumableSegment);
  }

  $("end-segment").addEventListener("click", () => {
    if (!openSegment) { send("end-segment", undefined, false); return; }
    const segment = openSegment;
    confirmThen(R.t("endConfirm", segment), R.t("endYes", segment), async () => {
      const r = await send("end-segment", undefined, false);
      if (r.ok) {
        const event = r.json.recorded.find(e => e.kind === "segment-ended");
        say(R.t("ended", event ? event.segment : segment), false);
      }
    });
  });
  $("resume-segment").addEventListener("click", () => {
    const segment = resumableSegment;
    confirmThen(R.t("resumeConfirm", segment), R.t("resumeSegment", segment), async () => {
      const r = await send("resume-segment", { segment }, false);
      if (r.ok) {
        const event = r.json.recorded.find(e => e.kind === "segment-resumed");
        say(R.t("resumed", segment, event ? event.waitingAgain.length : 0), false);
      }
    });
  });

  document.querySelectorAll("[data-command]").forEach(b =>
    b.addEventListener("click", async () => {
      await send(b.dataset.command, undefined, false);
    }));
  $("swap-form").addEventListener("submit", e => {
    e.preventDefault();
    send("swap", { first: Number($("first").value), second: Number($("second").value) }, true);
  });
  $("withdraw-form").addEventListener("submit", async e => {
    e.preventDefault();
    await answer(await R.api("DELETE", "/registrations/" + Number($("withdraw-id").value), { token, ifMatch: etag }));
  });
  $("mail-form").addEventListener("submit", async e => {
    e.preventDefault();
    const body = { segment: $("mail-segment").value, participant: $("mail-participant").value,
      receivedAt: R.withOffset($("mail-received").value, plenary.zone) };
    if ($("mail-speaker").value) body.speaker = $("mail-speaker").value;
    if ($("mail-sender-clock").checked) body.senderClock = true;
    const r = await R.api("POST", "/registrations", { token, body });
    if (r.ok) {
      say(R.t("inscribed", r.json.registrationId, r.json.position, r.json.segment,
        R.localTime(r.json.projectedStart, plenary.zone)), false);
      await load();
    } else { await answer(r); }
  });
  $("login").addEventListener("submit", e => {
    e.preventDefault();
    token = $("token").value.trim();
    sessionStorage.setItem("rostrum.token", token);
    show();
  });
  $("forget").addEventListener("click", () => { sessionStorage.removeItem("rostrum.token"); token = null; show(); });

  function show() {
    $("login").hidden = !!token;
    $("desk").hidden = !token;
    if (token) load();
  }

  R.live(() => { if (token) load(); }, up => { $("status").textContent = up ? R.t("live") : R.t("offline"); });
  show();
})();
