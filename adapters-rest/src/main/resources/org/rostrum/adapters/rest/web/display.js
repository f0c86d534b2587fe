"use strict";
/* The room's screen: the current speaker, a two-minute countdown from the server's start instant
   (amber at the warning, red and counting up past the limit), and the next three speakers. */
(() => {
  const R = Rostrum;
  const $ = id => document.getElementById(id);
  let session = null;
  let offset = 0;

  async function load() {
    const [info, s] = await Promise.all([R.api("GET", ""), R.api("GET", "/session")]);
    if (!s.ok || !info.ok) {
      $("speaker").textContent = s.json ? s.json.detail : "—";
      return;
    }
    session = s.json;
    offset = Date.parse(session.serverTime) - Date.now();
    $("title").textContent = info.json.title[R.lang];
    $("segment").textContent = session.segment
      ? R.t("segment") + " " + session.segment.id + " — " + session.segment.title : R.t("over");
    const current = session.current;
    $("speaker").textContent = current ? current.participant : R.t("nobody");
    $("speaker-name").textContent = current && current.speaker ? current.speaker : "";
    $("phase").textContent = current && current.phase === "CALLED" ? R.t("called") : "";
    $("next-title").textContent = R.t("next");
    const next = $("next");
    next.replaceChildren(...(session.next.length
      ? session.next.map(n => R.el("li", {}, n.participant + (n.speaker ? " — " + n.speaker : "")))
      : [R.el("li", { class: "none" }, R.t("none"))]));
    tick();
  }

  /* The digits and colours of Rostrum.countdown, shared with the chair's console. */
  function tick() {
    R.countdown($("countdown"), session, offset);
  }

  R.live(() => load(), up => { $("status").textContent = up ? R.t("live") : R.t("offline"); });
  setInterval(tick, 200);
  load();
})();
