"use strict";
/* The room's screen: the time of day, the current speaker, a countdown from the server's start
   instant (amber at the warning, red and counting up past the limit, standing still while the chair
   pauses the speech), the kind of intervention when it is not a statement ("Point of order"), the
   group a speaker speaks for, the speaker a point of order interrupted, and the next three
   speakers. */
(() => {
  const R = Rostrum;
  const $ = id => document.getElementById(id);
  let session = null;
  let offset = 0;
  let zone = null;

  /* "Uganda, on behalf of the African Group — H.E. Mr. Okello": who, for whom, and the speaker. */
  function who(s) {
    return s.participant + (s.onBehalfOf ? ", " + R.t("onBehalfOf", s.onBehalfOf) : "")
      + (s.speaker ? " — " + s.speaker : "");
  }

  async function load() {
    const [info, s] = await Promise.all([R.api("GET", ""), R.api("GET", "/session")]);
    if (!s.ok || !info.ok) {
      $("speaker").textContent = s.json ? s.json.detail : "—";
      return;
    }
    session = s.json;
    offset = Date.parse(session.serverTime) - Date.now();
    $("title").textContent = info.json.title[R.lang];
    zone = info.json.zone;
    $("segment").textContent = session.segment
      ? R.t("segment") + " " + session.segment.id + " — " + session.segment.title : R.t("over");
    const current = session.current;
    $("kind").textContent = R.kindLabel(current);
    $("speaker").textContent = current ? current.participant : R.t("nobody");
    $("speaker").classList.toggle("long", $("speaker").textContent.length > 22);
    $("speaker-name").textContent = current && current.speaker ? current.speaker : "";
    $("on-behalf").textContent = current && current.onBehalfOf ? R.t("onBehalfOf", current.onBehalfOf) : "";
    $("phase").textContent = current && current.phase === "CALLED" ? R.t("called") : "";
    $("paused").textContent = R.pausedNote(current, session);
    const interrupted = session.interrupted;
    $("interrupted").hidden = !interrupted;
    if (interrupted) {
      $("interrupted-title").textContent = R.t("interruptedBy", current ? current.kindName : "");
      $("interrupted-speaker").textContent = who(interrupted);
      $("interrupted-left").textContent = R.pausedNote(interrupted, session);
    }
    $("next-title").textContent = R.t("next");
    const next = $("next");
    next.replaceChildren(...(session.next.length
      ? session.next.map(n => R.el("li", {}, who(n),
        R.kindLabel(n) ? R.el("span", { class: "tag" }, R.kindLabel(n)) : ""))
      : [R.el("li", { class: "none" }, R.t("none"))]));
    tick();
  }

  /* The digits and colours of Rostrum.countdown, shared with the chair's console. */
  function tick() {
    R.countdown($("countdown"), session, offset);
    R.wallClock($("clock"), zone, offset); // the time of day in the meeting's zone, by the server's clock
  }

  R.live(() => load(), up => { $("status").textContent = up ? R.t("live") : R.t("offline"); });
  setInterval(tick, 200);
  load();
})();
