"use strict";
/* A delegation asks for the floor with its registrant token, and sees its acknowledgement:
   position, projected time, and the receipt (the hash of the journal entry). The page says whom
   the token is for, when the list closes (at the meeting and where the reader is), and the rule
   of the two minutes; a refusal is the API's own sentence. */
(() => {
  const R = Rostrum;
  const $ = id => document.getElementById(id);
  let plenary = null;
  let checked = null; // the token last checked with GET /api/whoami, and what it said
  const names = new Map(); // a participant's name as a token names it → its name in the page's language
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
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    $("deadline").textContent = mine === plenary.zone
      ? R.t("deadlineSame", R.fullTime(plenary.deadline, plenary.zone), plenary.zone)
      : R.t("deadlineBoth", R.fullTime(plenary.deadline, plenary.zone), plenary.zone,
        R.fullTime(plenary.deadline, mine), mine);
    $("rule").textContent = R.t("rule", R.duration(plenary.limitSeconds), R.duration(plenary.warningSeconds));
    closed();
  });

  const pageLink = page => "/plenaries/" + encodeURIComponent(R.plenary) + "/" + page + "?lang=" + R.lang;
  $("list-link").textContent = R.t("seeList");
  $("list-link").href = pageLink("list");
  $("receipt-link").textContent = R.t("checkReceipt");
  $("receipt-link").href = pageLink("receipt");

  /* A list that can only refuse is said so, and why, instead of a form: the deadline has passed
     (by the server's clock), or the chair closed every segment's list. A segment whose list alone
     is closed is no longer offered. */
  async function closed() {
    const [session, list] = await Promise.all([R.api("GET", "/session"), R.api("GET", "/speakers")]);
    const now = session.ok && session.json && R.date(session.json.serverTime) ? R.date(session.json.serverTime) : new Date();
    const deadline = R.date(plenary.deadline);
    const segments = list.ok && list.json && Array.isArray(list.json.segments) ? list.json.segments : [];
    const shut = segments.filter(s => s.listClosed === true).map(s => s.id);
    const notice = $("closed");
    if (deadline && now >= deadline) {
      $("closed-text").textContent = R.t("closedDeadline", R.fullTime(plenary.deadline, plenary.zone), plenary.zone);
      $("closed-segments").textContent = "";
    } else if (segments.length && shut.length === segments.length) {
      $("closed-text").textContent = R.t("closedChair", shut.join(", "));
      $("closed-segments").textContent = "";
    } else {
      notice.hidden = !shut.length;
      $("closed-text").textContent = "";
      $("closed-segments").textContent = shut.map(id => R.t("closedSome", id)).join(" ");
      Array.from($("segment").options).forEach(o => { if (shut.includes(o.value)) o.remove(); });
      return;
    }
    notice.hidden = false;
    $("form").hidden = true;
  }

  /* The roster's names: offered as a participant is typed, and to name a token's delegation in
     the page's language (a token names it as the roster does in English). */
  Promise.all([R.api("GET", "/roster"), R.api("GET", "/roster", { lang: "en" })]).then(([mine, en]) => {
    if (!mine.ok || !en.ok) return;
    const byKey = new Map(mine.json.participants.map(p => [p.key, p.name]));
    en.json.participants.forEach(p => names.set(p.name, byKey.get(p.key) || p.name));
    $("roster").replaceChildren(...mine.json.participants.map(p => R.el("option", { value: p.name })));
    if (checked && checked.who) said(checked.who);
  });

  function said(who) {
    const named = Object.assign({}, who, { participant: who.participant && (names.get(who.participant) || who.participant) });
    $("who").className = "who ok";
    $("who").textContent = who.role === "registrant" && named.participant
      ? R.t("tokenForDelegation", named.participant)
      : R.t("tokenFor", R.role(named));
    $("participant-field").hidden = who.role === "registrant" && !!who.participant;
  }

  /* Whom the token is for, as soon as it is typed; a token refused is said so at once. */
  async function check() {
    const token = $("token").value.trim();
    if (!token) { $("who").textContent = ""; checked = null; return null; }
    if (checked && checked.token === token) return checked;
    $("who").className = "who";
    $("who").textContent = R.t("checking");
    const r = await R.whoami(token);
    checked = { token, ok: r.ok, who: r.ok ? r.json : null };
    if (r.ok) said(r.json);
    else {
      $("who").className = "who bad";
      $("who").textContent = r.status === 401 ? R.t("badToken") : (r.json && r.json.detail) || String(r.status);
      $("participant-field").hidden = false;
    }
    return checked;
  }
  $("token").addEventListener("change", check);

  $("form").addEventListener("submit", async e => {
    e.preventDefault();
    const known = await check();
    if (known && !known.ok) return;
    const body = { segment: $("segment").value };
    if (!$("participant-field").hidden && $("participant").value.trim()) body.participant = $("participant").value.trim();
    if ($("speaker").value.trim()) body.speaker = $("speaker").value.trim();
    const r = await R.api("POST", "/registrations", { token: $("token").value.trim(), body });
    const out = $("acknowledgement");
    const receipt = () => R.el("p", {}, R.t("receipt") + R.t("colon"), R.el("code", { id: "receipt" }, r.json.receipt));
    if (r.ok && r.json.position) {
      out.className = "ack ok";
      out.replaceChildren(
        R.el("p", { id: "ack-text" }, R.t("inscribed", r.json.registrationId, r.json.position,
          r.json.segment, R.localTime(r.json.projectedStart, plenary.zone))),
        R.el("p", { id: "ack-received" }, R.t("receivedShort", R.receipt(r.json.receivedAt, plenary.zone))),
        receipt());
    } else {
      out.className = "ack bad";
      // The API's own sentence: what was seen and what to do, never a rule's number alone.
      out.replaceChildren(
        R.el("p", { id: "ack-title" }, R.t("notInscribed")),
        R.el("p", { id: "ack-text" }, r.json ? r.json.detail : String(r.status)));
      if (r.json && r.json.receipt) out.append(receipt());
    }
  });
})();
