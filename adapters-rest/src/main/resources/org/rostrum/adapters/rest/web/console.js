"use strict";
/* The Secretariat's and the chairs' desk: the list with projected times and the time-permitting
   line, who spoke and for how long, the segment being run in view (the ended ones folded) with its
   time left and its forecast, the time of day, the refusals, and every action. Changes to the list
   carry the version shown (If-Match). */
(() => {
  const R = Rostrum;
  const $ = id => document.getElementById(id);
  let token = null;
  let role = null; // "secretariat" or "chair", as GET /api/whoami says of the token
  let secretariat = false; // held mails, corrections, withdrawals and the record are its alone
  let plenary = null;
  let etag = null;
  let openSegment = null;
  let resumableSegment = null;
  let session = null;
  let offset = 0; // the server's clock minus this browser's, at the last answer
  let rosterLoaded = false;
  const picked = new Map(); // registration id → { id, participant, segment }: the rows ticked
  const unfolded = new Set(); // the ended segments opened by hand, kept open across reloads
  let scrolled = false; // the segment being run is scrolled into view once, when the desk opens

  const label = (id, key, ...args) => { $(id).textContent = R.t(key, ...args); };
  label("token-label", "token"); label("use", "use"); label("session-title", "console");
  label("call-next", "callNext"); label("start", "start"); label("stop", "stop");
  label("mark-absent", "absent"); label("end-segment", "endSegment");
  label("swap", "swap"); label("withdraw", "withdraw"); label("lists-title", "lists");
  label("mail-title", "mail"); label("mail-participant-label", "participant");
  label("mail-segment-label", "segment"); label("mail-speaker-label", "speakerName");
  label("mail-received-label", "receivedAt"); label("mail-submit", "submit");
  label("mail-sender-clock-label", "senderClock");
  label("refused-title", "refused"); label("forget", "signOut"); label("reviews-title", "reviews");
  label("history-title", "history"); label("signed-in-as", "signedInAs");
  label("amend-participant-label", "participant"); label("amend-segment-label", "segment");
  label("amend-speaker-label", "speakerName"); label("amend-reason-label", "amendReason");
  label("amend-submit", "amend"); label("amend-cancel", "cancel");
  label("annul-help", "annulHelp"); label("annul-reason-label", "annulReason");
  label("annul-cancel", "cancel"); label("confirm-no", "cancel");
  label("pause-speech", "pause"); label("resume-speech", "resume"); label("grant-time", "grant30");
  $("grant-time").title = R.t("grantHelp");
  label("room-title", "roomTitle"); label("room-participant-label", "delegation"); label("room-submit", "inscribe");
  label("mail-kind-label", "kind"); label("mail-on-behalf-label", "onBehalfOfLabel"); label("mail-level-label", "level");

  /* Which parts of the desk are open is remembered in this browser (localStorage). */
  const PARTS = "rostrum.console.open";
  const remembered = (() => { try { return JSON.parse(localStorage.getItem(PARTS)) || {}; } catch (e) { return {}; } })();
  document.querySelectorAll("details[data-part]").forEach(d => {
    if (d.dataset.part in remembered) d.open = remembered[d.dataset.part];
    d.addEventListener("toggle", () => {
      remembered[d.dataset.part] = d.open;
      localStorage.setItem(PARTS, JSON.stringify(remembered));
    });
  });

  function say(text, bad) {
    $("message").textContent = text;
    $("message").className = "message" + (bad ? " bad" : "");
  }

  async function answer(result) {
    if (result.ok) {
      say(R.t("done"), false);
    } else if (result.status === 401) {
      signedOut(R.t("revoked"));
      return;
    } else {
      say(result.json ? result.json.detail : String(result.status), true);
    }
    await load();
  }

  async function load() {
    if (!token) return;
    const asked = token;
    const [who, info, list, now, held, journal] = await Promise.all(
      [R.whoami(token), R.api("GET", ""), R.api("GET", "/speakers"), R.api("GET", "/session"),
        secretariat ? R.api("GET", "/reviews", { token }) : null,
        secretariat ? R.api("GET", "/journal", { token }) : null]);
    if (asked !== token) return; // signed out, or in again, meanwhile
    if (who.status === 401 || (held && held.status === 401) || (journal && journal.status === 401)) {
      signedOut(R.t("revoked"));
      return;
    }
    if (!info.ok || !list.ok) { say((list.json || info.json || {}).detail || "—", true); return; }
    plenary = info.json;
    etag = list.etag;
    $("title").textContent = plenary.title[R.lang];
    $("deadline").textContent = R.t("deadline", R.fullTime(plenary.deadline, plenary.zone) + " (" + plenary.zone + ")");
    session = now.ok ? now.json : null;
    if (session) offset = Date.parse(session.serverTime) - Date.now();
    const current = session && session.current;
    openSegment = session && session.segment ? session.segment.id : null;
    resumableSegment = session ? session.resumable : null;
    const paused = !!(current && current.signals && current.signals.paused);
    $("current").textContent = current ? speaker(current)
      + " — " + (current.phase === "SPEAKING" ? R.t(paused ? "paused" : "speaking") : R.t("called")) : R.t("nobody");
    $("pause-speech").hidden = paused;
    $("resume-speech").hidden = !paused;
    const interrupted = session && session.interrupted;
    $("interrupted-line").hidden = !interrupted;
    if (interrupted) {
      $("interrupted-line").textContent = R.t("interrupted") + R.t("colon") + speaker(interrupted)
        + " — " + R.pausedNote(interrupted, session);
    }
    procedure(plenary.procedure);
    tick();
    const waiting = new Set();
    list.json.segments.forEach(s => s.speakers.forEach(sp => { if (!past(sp)) waiting.add(sp.registrationId); }));
    [...picked.keys()].forEach(id => { if (!waiting.has(id)) picked.delete(id); });
    $("segments").replaceChildren(...list.json.segments.map(segment));
    segmentLine(list.json.segments);
    if (!scrolled && openSegment) {
      scrolled = true;
      const running = document.getElementById("segment-" + openSegment);
      if (running && list.json.segments.findIndex(s => s.id === openSegment) > 0) running.scrollIntoView({ block: "start" });
    }
    $("lists-count").textContent = "(" + R.t("waitingCount", waiting.size) + ")";
    picking();
    keep($("mail-segment"), () => $("mail-segment").replaceChildren(...plenary.segments.map(s =>
      R.el("option", { value: s.id }, s.id + " — " + s.title[R.lang]))));
    $("refused").replaceChildren(
      R.el("tr", {}, [R.t("request"), R.t("participant"), R.t("segment"), R.t("received"), R.t("why"),
        ...(secretariat ? [R.t("corrections")] : [])].map(h => R.el("th", { scope: "col" }, h))),
      ...list.json.rejected.map(r => R.el("tr", {},
        R.el("td", {}, "#" + r.registrationId), R.el("td", {}, r.participant), R.el("td", {}, r.segment),
        R.el("td", { class: "when" }, R.receipt(r.receivedAt, plenary.zone), senderClock(r)),
        R.el("td", { class: "reason" }, r.reason + " — " + (R.t("reasons")[r.reason] || "")),
        corrections({ id: r.registrationId, participant: r.participant, segment: r.segment,
          speaker: "", receivedAt: r.receivedAt }))));
    $("refused-count").textContent = "(" + R.t("refusedCount", list.json.rejected.length) + ")";
    $("refused").hidden = list.json.rejected.length === 0;
    resumable();
    if (journal && journal.ok) history(journal.json);
    if (held && held.ok) reviews(held.json.held);
    replies(); // after the list: the desk is not kept waiting for the outbox
  }

  /* The Secretariat's replies that could not be sent, looked at after each load and now and then:
     the outbox changes without an event of the list (a sender's round). */
  async function replies() {
    if (!token || !secretariat || !plenary) return;
    const asked = token;
    const sent = await R.api("GET", "/outbox", { token });
    if (asked === token && sent.ok) outbox(sent.json);
  }
  setInterval(replies, 30000);

  /* A reply waiting longer than this has not reached its delegation when it should have: the
     sender tries within seconds, then backs off (D2). Shown to the Secretariat with the failed. */
  const OVERDUE_MS = 10 * 60 * 1000;

  /** The replies that could not be sent — failed, or pending too long — in a banner that says
      to whom, about what, what the mail server answered, with "Try again" for each. */
  function outbox(o) {
    const now = Date.parse(o.serverTime);
    const stuck = o.replies.filter(r => r.state === "FAILED"
      || (r.state === "PENDING" && now - Date.parse(r.recordedAt) > OVERDUE_MS));
    $("outbox-banner").hidden = stuck.length === 0;
    $("outbox-title").textContent = stuck.length === 1 ? R.t("outboxStuckOne") : R.t("outboxStuck", stuck.length);
    $("outbox-help").textContent = R.t(stuck.length === 1 ? "outboxHelpOne" : "outboxHelp");
    $("outbox-replies").replaceChildren(...stuck.map(r => R.el("li", { id: "reply-" + r.id, class: r.state.toLowerCase() },
      R.el("p", { class: "reply-head" },
        R.el("strong", {}, R.t("outboxTo", r.recipient)), " · “" + r.subject + "” · " + r.reference + " · ",
        R.el("span", { class: "reply-state" }, r.state === "FAILED" ? (r.attempts === 1 ? R.t("outboxFailedOne") : R.t("outboxFailed", r.attempts))
          : R.t("outboxPending", when(r.recordedAt), R.localTime(r.nextAttempt, plenary.zone)))),
      R.el("p", { class: "reply-answer" }, r.answer ? R.t("outboxAnswer", r.answer) : R.t("outboxNoAnswer")),
      R.el("button", { type: "button", id: "retry-reply-" + r.id, "aria-label": R.t("tryAgainLabel", r.id, r.recipient),
        onclick: () => retry(r) }, R.t("tryAgain")))));
  }

  async function retry(r) {
    const result = await R.api("POST", "/outbox/" + r.id + "/retry", { token });
    if (result.ok) { say(R.t("retried", r.id, r.recipient), false); await load(); } else { await answer(result); }
  }


  /* A speaker of the room in one line: "#7 Uganda (H.E. Mr. Okello), on behalf of the African
     Group", with the kind of intervention when it is not a statement ("— point of order"). */
  function speaker(s) {
    return "#" + s.registrationId + " " + s.participant + (s.speaker ? " (" + s.speaker + ")" : "")
      + (s.onBehalfOf ? ", " + R.t("onBehalfOf", s.onBehalfOf) : "")
      + (R.kindLabel(s) ? " — " + s.kindName : "");
  }

  /* What the plenary's procedure takes decides what the desk offers: the kinds asked for in the
     room (points of order, replies) in the session's part; on the mail form, the kinds of the
     list, the group a statement is made for, and the level of representation when statements
     are ordered by level. A plenary of statements only shows none of these. */
  function procedure(p) {
    const name = k => k.name.charAt(0).toUpperCase() + k.name.slice(1);
    const room = p.kinds.filter(k => !k.fromTheList);
    $("room-form").hidden = room.length === 0;
    keep($("room-kind"), () => $("room-kind").replaceChildren(...room.map(k => R.el("option", { value: k.kind }, name(k)))));
    const listed = p.kinds.filter(k => k.fromTheList);
    $("mail-kind-field").hidden = listed.length < 2;
    keep($("mail-kind"), () => $("mail-kind").replaceChildren(...listed.map(k => R.el("option", { value: k.kind }, name(k)))));
    $("mail-on-behalf-field").hidden = !p.kinds.some(k => k.kind === "GROUP_STATEMENT");
    const levels = p.precedence.order === "BY_LEVEL" ? p.precedence.tiers.flat() : [];
    $("mail-level-field").hidden = levels.length === 0;
    keep($("mail-level"), () => $("mail-level").replaceChildren(R.el("option", { value: "" }, R.t("levelNone")),
      ...levels.map(l => R.el("option", { value: l.code }, l.name))));
  }

  /* Whether the lists say why each place stands where it does: when the plenary has more than
     first come, first served for statements. */
  function standings() {
    return plenary.procedure.kinds.length > 1 || plenary.procedure.precedence.order !== "FIRST_COME";
  }

  /* The speech's countdown, as the room's display shows it (Rostrum.countdown). */
  function tick() {
    R.countdown($("countdown"), session, offset);
    R.wallClock($("clock"), plenary && plenary.zone, offset);
    segmentLeft();
  }

  /* The segment being run: the time left until its end (or past it), and its forecast. */
  let runningEnd = null;
  function segmentLine(segments) {
    const running = segments.find(s => s.id === openSegment);
    runningEnd = running ? R.date(running.end) : null;
    $("segment-line").hidden = !running;
    $("segment-forecast").textContent = running && running.forecast && running.forecast.text
      ? "· " + running.forecast.text : "";
    segmentLeft();
  }
  function segmentLeft() {
    if (!runningEnd || !openSegment) { $("segment-left").textContent = ""; return; }
    const seconds = (runningEnd.getTime() - (Date.now() + offset)) / 1000;
    // whole minutes: rounded up while time is left (never "0 min" before the end), down past it
    const minutes = seconds >= 0 ? Math.ceil(seconds / 60) : Math.floor(-seconds / 60);
    const text = Math.abs(seconds) < 60 ? R.clock(Math.abs(seconds))
      : minutes >= 60 ? Math.floor(minutes / 60) + "\u00a0h\u00a0" + String(minutes % 60).padStart(2, "0") + "\u00a0min"
        : minutes + "\u00a0min";
    $("segment-left").textContent = R.t(seconds >= 0 ? "segmentLeft" : "segmentOver", openSegment, text);
    $("segment-left").className = seconds >= 0 ? "" : "over";
  }

  /* "PT1M55S" → "1:55"; "" for what is not a duration. */
  function spoken(iso) {
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?$/.exec(String(iso || ""));
    if (!m || iso === "PT") return "";
    return R.clock((+(m[1] || 0)) * 3600 + (+(m[2] || 0)) * 60 + (+(m[3] || 0)));
  }
  setInterval(tick, 200);

  /* A select re-filled keeps the value chosen in it. */
  function keep(select, fill) {
    const value = select.value;
    fill();
    if (value && [...select.options].some(o => o.value === value)) select.value = value;
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
    const latest = entries.slice(-12).reverse();
    $("history").replaceChildren(
      R.el("tr", {}, [R.t("when"), R.t("who"), R.t("what")].map(h => R.el("th", { scope: "col" }, h))),
      ...latest.map(e => R.el("tr", {},
        R.el("td", { class: "when" }, R.receipt(e.recordedAt, plenary.zone)), R.el("td", {}, who(e)), R.el("td", {}, what(e)))));
    $("history-count").textContent = "(" + R.t("historyCount", latest.length) + ")";
  }

  /** The held mails, each resolved once; what a desk is typing survives a refresh. */
  function reviews(held) {
    const typed = {};
    $("reviews").querySelectorAll("input, select").forEach(i => { typed[i.id] = i.type === "checkbox" ? i.checked : i.value; });
    const open = held.filter(h => !h.resolution);
    $("reviews-count").textContent = "(" + R.t("heldCount", open.length) + ")";
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
    Object.entries(typed).forEach(([id, value]) => {
      const i = $(id);
      if (i && i.type === "checkbox") i.checked = value; else if (i) i.value = value;
    });
  }

  /** A date and time in the plenary's zone, to the second: when a mail was received matters. */
  function when(iso) {
    if (!R.date(iso)) return "—";
    return R.date(iso).toLocaleString(R.lang === "fr" ? "fr-FR" : "en-GB",
      { timeZone: plenary.zone, dateStyle: "medium", timeStyle: "medium" });
  }

  function decide(h) {
    const first = h.candidates && h.candidates.length ? h.candidates[0].key : "";
    const participant = R.el("input", { id: "review-participant-" + h.id, value: h.participantSeen || first,
      list: "roster", autocomplete: "off" });
    const segment = R.el("select", { id: "review-segment-" + h.id },
      ...plenary.segments.map(s => R.el("option", { value: s.id }, s.id + " — " + s.title[R.lang])));
    if (h.segmentSeen) segment.value = h.segmentSeen;
    const reason = R.el("input", { id: "review-reason-" + h.id });
    const reply = R.el("input", { type: "checkbox", id: "review-reply-" + h.id });
    return R.el("div", { class: "decide fields" },
      R.el("div", { class: "field" }, R.el("label", { for: participant.id }, R.t("participant")), participant),
      R.el("div", { class: "field" }, R.el("label", { for: segment.id }, R.t("segment")), segment),
      R.el("div", { class: "field" },
        R.el("button", { type: "button", id: "review-accept-" + h.id, onclick: () => accept(h.id) }, R.t("accept"))),
      R.el("div", { class: "field" }, R.el("label", { for: reason.id }, R.t("reason")), reason),
      R.el("div", { class: "field" }, R.el("label", { class: "check", for: reply.id }, reply, " " + R.t("replyWhy"))),
      R.el("div", { class: "field" },
        R.el("button", { type: "button", id: "review-dismiss-" + h.id, onclick: () => dismiss(h.id) }, R.t("dismiss"))));
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
      body: { reason: $("review-reason-" + id).value, reply: $("review-reply-" + id).checked } });
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

  /* One segment's list: each waiting request can be ticked, to swap two or withdraw one. */
  function segment(s) {
    const why = standings();
    const headers = [R.t("position"), R.t("time"), R.t("participant"), R.t("speaker"), R.t("request"),
      R.t("received"), ...(why ? [R.t("standing")] : []), ...(secretariat ? [R.t("corrections")] : [])];
    const rows = [R.el("tr", {}, headers.map(h => R.el("th", { scope: "col" }, h)))];
    s.speakers.forEach(sp => {
      if (sp.timePermitting && sp.position === s.capacity + 1) {
        rows.push(R.el("tr", { class: "permitting" }, R.el("td", { colspan: String(headers.length) }, R.t("permitting"))));
      }
      const row = { id: sp.registrationId, participant: sp.participant.name, segment: s.id };
      const box = R.el("input", { type: "checkbox", class: "pick", id: "pick-" + sp.registrationId,
        "aria-label": R.t("pick", sp.registrationId),
        onchange: e => { if (e.target.checked) picked.set(row.id, row); else picked.delete(row.id); picking(); } });
      box.checked = picked.has(row.id);
      // one who spoke, speaks or was not reached is no longer ticked to be swapped or withdrawn
      const request = past(sp) ? "#" + sp.registrationId : R.el("label", { class: "pick" }, box, " #" + sp.registrationId);
      const spoke = sp.status === "SPOKE";
      const time = spoke
        ? R.el("span", { class: "spoke-mark" }, "\u2713 " + (sp.actualStart ? R.localTime(sp.actualStart, plenary.zone) : "")
          + (spoken(sp.spoken) ? " · " + R.t("spokeFor", spoken(sp.spoken)) : ""))
        : R.localTime(sp.projectedStart, plenary.zone);
      rows.push(R.el("tr", { class: (sp.timePermitting ? "late-row" : "") + (box.checked ? " picked-row" : "") + (spoke ? " spoke-row" : "") },
        R.el("td", {}, sp.position), R.el("td", {}, time),
        R.el("td", {}, sp.participant.name, tag(sp)), R.el("td", {}, sp.speaker || ""),
        R.el("td", { class: "request" }, request, senderClock(sp)),
        R.el("td", { class: "when" }, R.receipt(sp.receivedAt, plenary.zone)),
        why ? R.el("td", { class: "standing" }, sp.standing.why) : "",
        corrections({ id: sp.registrationId, participant: sp.participant.name, segment: s.id,
          speaker: sp.speaker || "", receivedAt: sp.receivedAt })));
    });
    if (s.speakers.length === 0) {
      rows.push(R.el("tr", { class: "empty" }, R.el("td", { colspan: String(headers.length) }, R.t("none"))));
    }
    const toggle = R.el("button", {
      type: "button", id: (s.listClosed ? "reopen-" : "close-") + s.id,
      onclick: () => send(s.listClosed ? "reopen-list" : "close-list", { segment: s.id }, true)
    }, R.t(s.listClosed ? "reopenList" : "closeList", s.id));
    const name = R.t("segment") + " " + s.id + " — " + s.title[R.lang] + " "
      + R.localTime(s.start, plenary.zone) + "–" + R.localTime(s.end, plenary.zone);
    const parts = [
      R.el("div", { class: "segment-head" },
        R.el("h2", {}, name + (s.listClosed ? " (" + R.t("closed") + ")" : "")),
        toggle),
      R.el("table", { class: "list" }, rows)];
    if (!ended(s)) return R.el("section", { class: "segment", id: "segment-" + s.id }, parts);
    // An ended segment is folded, unless opened by hand.
    const folded = R.el("details", { class: "segment ended", id: "segment-" + s.id },
      R.el("summary", {}, name + " (" + R.t("segmentEndedMark") + ")"), parts);
    folded.open = unfolded.has(s.id);
    folded.addEventListener("toggle", () => { if (folded.open) unfolded.add(s.id); else unfolded.delete(s.id); });
    return folded;
  }

  /* A place whose turn has come and gone, or is under way: not waiting any more (the core says
     which places still wait: one definition for every view and count). */
  function past(sp) {
    return sp.waiting === false;
  }

  /* A segment before the one being run has ended. */
  function ended(s) {
    if (!openSegment || !plenary) return false;
    const ids = plenary.segments.map(x => x.id);
    return ids.indexOf(s.id) >= 0 && ids.indexOf(s.id) < ids.indexOf(openSegment);
  }

  /* Under a name on the list: the kind when it is not a statement, and the group spoken for. */
  function tag(sp) {
    const kind = sp.kind === "STATEMENT" || sp.onBehalfOf ? ""
      : (plenary.procedure.kinds.find(k => k.kind === sp.kind) || { name: sp.kind }).name;
    const text = [kind, sp.onBehalfOf ? R.t("onBehalfOf", sp.onBehalfOf) : ""].filter(Boolean).join(", ");
    return text ? R.el("span", { class: "tag" }, text) : "";
  }

  /* What the ticked rows allow: swap two of one segment, withdraw one (the Secretariat's). */
  function picking() {
    const rows = [...picked.values()];
    const sameSegment = rows.length === 2 && rows[0].segment === rows[1].segment;
    $("swap").disabled = !sameSegment;
    $("withdraw").disabled = !(secretariat && rows.length === 1);
    $("picked").textContent = rows.length === 0 ? R.t(secretariat ? "pickHelp" : "pickHelpChair")
      : R.t("picked", rows.map(r => "#" + r.id + " " + r.participant).join(", "))
        + (rows.length === 2 && !sameSegment ? " " + R.t("pickTwo") : "");
    document.querySelectorAll("input.pick").forEach(i => {
      i.closest("tr").classList.toggle("picked-row", i.checked);
    });
  }

  $("swap").addEventListener("click", () => {
    const [a, b] = [...picked.values()].sort((x, y) => x.id - y.id);
    confirmThen(R.t("swapConfirm", a.id, a.participant, b.id, b.participant, a.segment),
      R.t("swapYes", a.id, b.id), async () => {
        const r = await R.api("POST", "/commands/swap", { token, body: { first: a.id, second: b.id }, ifMatch: etag });
        if (r.ok) { picked.clear(); say(R.t("swapped", a.id, b.id), false); await load(); } else await answer(r);
      });
  });
  $("withdraw").addEventListener("click", () => {
    const [a] = [...picked.values()];
    confirmThen(R.t("withdrawConfirm", a.id, a.participant, a.segment), R.t("withdrawYes", a.id), async () => {
      const r = await R.api("DELETE", "/registrations/" + a.id, { token, ifMatch: etag });
      if (r.ok) { picked.delete(a.id); say(R.t("withdrawn", a.id), false); await load(); } else await answer(r);
    });
  });

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
  $("grant-time").addEventListener("click", () => send("grant-time", { extra: "PT30S" }, false));

  /* A point of order or a reply asked for in the room, for a delegation named from the roster: a
     point of order is for the segment being run (the server takes it), a reply for the open one. */
  $("room-form").addEventListener("submit", async e => {
    e.preventDefault();
    const kind = $("room-kind").value;
    const body = { kind, participant: $("room-participant").value.trim() };
    if (kind !== "POINT_OF_ORDER" && openSegment) body.segment = openSegment;
    const r = await R.api("POST", "/registrations", { token, body });
    if (r.ok) {
      const name = $("room-kind").selectedOptions[0].textContent;
      say(R.t("roomInscribed", r.json.registrationId, name, r.json.participant.name), false);
      $("room-participant").value = "";
      await load();
    } else { await answer(r); }
  });
  $("mail-form").addEventListener("submit", async e => {
    e.preventDefault();
    const body = { segment: $("mail-segment").value, participant: $("mail-participant").value,
      receivedAt: R.withOffset($("mail-received").value, plenary.zone) };
    if ($("mail-speaker").value) body.speaker = $("mail-speaker").value;
    if (!$("mail-kind-field").hidden) body.kind = $("mail-kind").value;
    if (!$("mail-on-behalf-field").hidden && $("mail-on-behalf").value.trim()) body.onBehalfOf = $("mail-on-behalf").value.trim();
    if (!$("mail-level-field").hidden && $("mail-level").value) body.level = $("mail-level").value;
    if ($("mail-sender-clock").checked) body.senderClock = true;
    const r = await R.api("POST", "/registrations", { token, body });
    if (r.ok) {
      say(R.t("inscribed", r.json.registrationId, r.json.position, r.json.segment,
        R.localTime(r.json.projectedStart, plenary.zone)), false);
      await load();
    } else { await answer(r); }
  });
  /* Sign-in: the token is checked (GET /api/whoami) before the desk is shown, and the desk shows
     only what its role may do. A refused token is said so on the form. */
  async function signIn(candidate, quiet) {
    const who = await R.whoami(candidate);
    let refusal = null;
    if (!who.ok) refusal = who.status === 401 ? R.t("badToken") : (who.json && who.json.detail) || String(who.status);
    else if (who.json.role === "registrant") refusal = R.t("registrantHere", R.role(who.json));
    else if (who.json.plenary && who.json.plenary !== R.plenary) refusal = R.t("otherPlenary", who.json.plenary);
    if (refusal) {
      sessionStorage.removeItem("rostrum.token");
      token = null;
      $("login-message").textContent = quiet && who.status === 401 ? R.t("revoked") : refusal;
      show();
      return;
    }
    token = candidate;
    role = who.json.role;
    secretariat = role === "secretariat";
    sessionStorage.setItem("rostrum.token", token);
    $("who").textContent = R.role(who.json);
    $("login-message").textContent = "";
    $("token").value = "";
    document.querySelectorAll(".secretariat-only, #mail-section, #reviews-section, #history-section, #withdraw")
      .forEach(e => { e.hidden = !secretariat; });
    if (!secretariat) $("outbox-banner").hidden = true; // shown again only by the outbox's answer
    if (!rosterLoaded) roster();
    show();
  }

  /* A token refused later (revoked): the desk is hidden, not cleared; signing in again finds it as it was. */
  function signedOut(message) {
    token = null;
    sessionStorage.removeItem("rostrum.token");
    document.querySelectorAll("dialog").forEach(d => { if (d.open) d.close(); });
    $("login-message").textContent = message;
    show();
    $("token").focus();
  }

  /* The roster's names, offered as the participant is typed (<datalist>). */
  async function roster() {
    const r = await R.api("GET", "/roster");
    if (!r.ok) return;
    rosterLoaded = true;
    $("roster").replaceChildren(...r.json.participants.map(p => R.el("option", { value: p.name })));
  }

  $("login").addEventListener("submit", e => {
    e.preventDefault();
    signIn($("token").value.trim(), false);
  });
  $("forget").addEventListener("click", () => {
    sessionStorage.removeItem("rostrum.token"); token = null; $("login-message").textContent = ""; show();
  });

  function show() {
    $("login").hidden = !!token;
    $("desk").hidden = !token;
    $("who-line").hidden = !token;
    $("forget").hidden = !token;
    if (token) load();
  }

  R.live(() => { if (token) load(); }, up => { $("status").textContent = up ? R.t("live") : R.t("offline"); });
  const stored = sessionStorage.getItem("rostrum.token");
  if (stored) signIn(stored, true); else show();
  R.api("GET", "").then(info => { if (info.ok) $("title").textContent = info.json.title[R.lang]; });
})();
