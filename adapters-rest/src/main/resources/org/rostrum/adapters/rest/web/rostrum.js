"use strict";
/* Rostrum's pages: what they share. No framework, no CDN: the room may be offline. */
const Rostrum = (() => {
  const asked = new URLSearchParams(location.search).get("lang") || navigator.language || "en";
  const lang = asked.toLowerCase().startsWith("fr") ? "fr" : "en";
  const T = {
    en: {
      display: "Display", console: "Console", register: "Request the floor",
      segment: "Segment", nobody: "Nobody at the rostrum", called: "Called to the rostrum",
      next: "Next speakers", none: "No one waiting", over: "Every segment has ended",
      token: "Token", tokenHelp: "The token the Secretariat gave you.", use: "Use this token",
      forget: "Forget the token", list: "Speakers' list", refused: "Refused requests",
      position: "#", time: "Time", participant: "Participant", speaker: "Speaker",
      received: "Received", request: "Request", permitting: "Time permitting",
      callNext: "Call next", start: "Start", stop: "Stop", absent: "Absent", endSegment: "End segment",
      closeList: "Close list {0}", reopenList: "Reopen list {0}", swap: "Swap", withdraw: "Withdraw",
      first: "First request", second: "Second request", requestNo: "Request number",
      mail: "A request received by mail", receivedAt: "Received at (local time of the meeting)",
      senderClock: "Only the mail's Date: header gives this time (no stamp of our mail server)",
      senderClockMark: "time from the sender's clock (the mail's Date: header)",
      reviews: "Mails held for review", noneHeld: "No mail waits for a decision; those below are resolved.", noHeld: "No mail is held for review.", from: "from",
      accept: "Accept", dismiss: "Dismiss", reason: "Reason for dismissing",
      lateHeld: "Received after the list closed: accepted, it will be refused LATE.",
      candidates: "Candidates (from the roster):",
      acceptedMail: "Mail #{0} accepted: request #{1}.", refusedMail: "Mail #{0} accepted, and its request #{1} refused: {2}",
      dismissedMail: "Mail #{0} dismissed.",
      submit: "Submit", inscribed: "Inscribed as #{0}: position {1} in segment {2}, projected to speak at {3}.",
      receipt: "Receipt", done: "Done.", closed: "closed", stale: "The list had changed; here it is again.",
      speakerName: "Speaker's name and title (optional)", participantHelp: "Leave empty if your token is for your delegation.",
      live: "Live", offline: "Reconnecting…", refresh: "Refresh",
      speaking: "speaking", deadline: "The list closes at {0}",
      reasons: { LATE: "late", DUPLICATE: "already on a list", LIST_CLOSED: "list closed",
        UNKNOWN_SEGMENT: "no such segment", INVALID: "not understood", TOO_MANY_REPLIES: "too many replies" },
      amend: "Amend", annul: "Annul", cancel: "Cancel", corrections: "Corrections",
      amendTitle: "Amend request #{0}",
      amendWas: "Recorded: {0}, segment {1}, received {2}. Corrected, it is decided again at that time of receipt, under the same number.",
      asRecorded: "{0} (as recorded)", amendReason: "Reason for the correction (kept in the record)",
      amended: "Request #{0} amended: position {1} in segment {2}, projected to speak at {3}.",
      amendedRefused: "Request #{0} amended, and refused: {1}", amendedStatus: "Request #{0} amended: {1}.",
      history: "Latest changes, and who made them", who: "Who", what: "What", when: "When",
      events: { RegistrationInscribed: "inscribed", RegistrationRejected: "refused",
        RegistrationSuperseded: "replaced by an earlier request", RegistrationWithdrawn: "withdrawn",
        PlacesSwapped: "places swapped", ListClosed: "list closed", ListReopened: "list reopened",
        DeadlineExtended: "deadline extended", SpeakerCalled: "called to the rostrum",
        SpeechStarted: "speech started", SpeechEnded: "speech ended", SpeakerAbsent: "absent when called",
        SegmentEnded: "segment ended", RequestAmended: "corrected", RequestAnnulled: "annulled",
        SegmentResumed: "segment resumed", SpeechPaused: "speech paused", SpeechResumed: "speech resumed",
        TimeGranted: "time granted", ParticipantAdded: "participant added" },
      annulTitle: "Annul request #{0} — {1}?",
      annulHelp: "It leaves the list and the refused requests, and stays in the record with the reason. This cannot be undone.",
      annulReason: "Reason (required)", annulConfirm: "Annul request #{0}",
      annulled: "Request #{0} annulled; it stays in the record.", reasonNeeded: "Say why: the reason cannot be empty.",
      endConfirm: "End segment {0}? Whoever still waits will be recorded as not reached.", endYes: "End segment {0}",
      ended: "Segment {0} ended. If that was a mistake, resume it before anyone is called in the next one.",
      resumeSegment: "Resume segment {0}",
      resumeConfirm: "Resume segment {0}? It opens again and its speakers not reached wait again. This is possible only before anyone is called in the next segment.",
      resumed: "Segment {0} resumed: {1} speaker(s) not reached wait again.",
      signedInAs: "Signed in as", roleSecretariat: "Secretariat", roleChair: "Chair",
      roleRegistrant: "Registrant for {0}", roleRegistrantAll: "Registrant",
      badToken: "This token is not accepted: check it, or ask the Secretariat for a new one.",
      revoked: "Your token is no longer accepted (it may have been revoked). Sign in again with a valid token: what you were typing at the desk is kept.",
      registrantHere: "This token is a delegation's ({0}): it asks for the floor on the registration page, not at the desk.",
      otherPlenary: "This token is for another plenary ({0}), not this one.",
      signOut: "Sign out", lists: "Speakers' lists", waitingCount: "{0} waiting", refusedCount: "{0} refused",
      heldCount: "{0} waiting for a decision", historyCount: "the latest {0}",
      pickHelp: "Tick two requests of one segment to swap them, or one to withdraw it.",
      pickHelpChair: "Tick two requests of one segment to swap them.",
      pickTwo: "To swap, tick two requests of the same segment.", picked: "Ticked: {0}.",
      pick: "Tick request #{0}", swapConfirm: "Swap request #{0} ({1}) and request #{2} ({3}) in segment {4}?",
      swapYes: "Swap #{0} and #{1}", swapped: "Requests #{0} and #{1} swapped.",
      withdrawConfirm: "Withdraw request #{0} ({1}) from segment {2}? It leaves the list; the record keeps it.",
      withdrawYes: "Withdraw #{0}", withdrawn: "Request #{0} withdrawn.",
      left: "time left", over: "over the limit",
      deadlineBoth: "The list closes on {0}, the meeting's time ({1}), that is {2} your time ({3}).",
      deadlineSame: "The list closes on {0} ({1}), which is your time too.",
      rule: "Each statement may last {0}: the screen in the room turns amber {1} before the end, and red once the time is up.",
      minutes: "{0} minutes", oneMinute: "1 minute", seconds: "{0} seconds",
      tokenFor: "This token is for: {0}.", tokenForDelegation: "This token asks for the floor for {0}.", notInscribed: "Not inscribed.", checking: "Checking the token…",
      projected: "projected", receivedShort: "Received on {0}.", colon: ": ", why: "Why",
      onBehalfOf: "on behalf of {0}", pausedLeft: "Paused — {0}\u00a0left", pausedOver: "Paused — {0} over the limit",
      interruptedBy: "Speech interrupted by the {0}", interrupted: "Interrupted", paused: "paused",
      pause: "Pause", resume: "Resume", grant30: "+30 s", grantHelp: "Give the speaker at the rostrum 30 seconds more",
      roomTitle: "Asked for in the room", kind: "Kind", delegation: "Delegation", inscribe: "Inscribe",
      roomInscribed: "Inscribed as #{0}: {1}, {2}.", level: "Level of representation", levelNone: "not stated",
      onBehalfOfLabel: "On behalf of (group, as the request says it)", standing: "Why here",
      outboxStuck: "{0} replies could not be sent", outboxStuckOne: "1 reply could not be sent",
      outboxHelp: "These delegations have not been told what became of their mail. Try again once the cause is fixed (a mistyped address, the mail server down), or answer them by hand.",
      outboxHelpOne: "This delegation has not been told what became of its mail. Try again once the cause is fixed (a mistyped address, the mail server down), or answer it by hand.",
      outboxTo: "To {0}", outboxFailed: "failed after {0} attempts", outboxFailedOne: "failed after one attempt", outboxPending: "still waiting since {0}; next attempt at {1}",
      outboxAnswer: "The mail server answered: {0}", outboxNoAnswer: "No mail server has been reached yet.",
      tryAgain: "Try again", tryAgainLabel: "Try again to send reply #{0} to {1}",
      retried: "Reply #{0} to {1} will be tried again now.", replyWhy: "Tell the sender why (by mail)",
      closedDeadline: "The list of speakers closed on {0} ({1}): the deadline has passed, and a request sent now would be refused as late. Ask the Secretariat in the room if you need the floor.",
      closedChair: "The chair has closed the list of every segment ({0}): a request sent now would be refused.",
      closedSome: "The chair has closed the list of segment {0}: it is no longer offered below.",
      seeList: "See the speakers' list", checkReceipt: "Check a receipt",
      segmentLeft: "Segment {0}: {1} left", segmentOver: "Segment {0}: {1} past its end", segmentEndedMark: "ended",
      spokeFor: "spoke {0}"
    },
    fr: {
      display: "Affichage", console: "Console", register: "Demander la parole",
      segment: "Segment", nobody: "Personne à la tribune", called: "Appelé à la tribune",
      next: "Orateurs suivants", none: "Personne en attente", over: "Tous les segments sont terminés",
      token: "Jeton", tokenHelp: "Le jeton que le Secrétariat vous a remis.", use: "Utiliser ce jeton",
      forget: "Oublier le jeton", list: "Liste des orateurs", refused: "Demandes refusées",
      position: "n°", time: "Heure", participant: "Participant", speaker: "Orateur",
      received: "Reçue", request: "Demande", permitting: "Si le temps le permet",
      callNext: "Appeler le suivant", start: "Début", stop: "Fin", absent: "Absent", endSegment: "Clore le segment",
      closeList: "Clore la liste {0}", reopenList: "Rouvrir la liste {0}", swap: "Permuter", withdraw: "Retirer",
      first: "Première demande", second: "Seconde demande", requestNo: "Numéro de la demande",
      mail: "Une demande reçue par courriel", receivedAt: "Reçue le (heure locale de la réunion)",
      senderClock: "Seul l’en-tête Date: du courriel donne cette heure (aucun tampon de notre serveur)",
      senderClockMark: "heure de l’horloge de l’expéditeur (en-tête Date: du courriel)",
      reviews: "Courriels en revue", noneHeld: "Aucun courriel n’attend de décision\u00a0; ceux ci-dessous sont traités.", noHeld: "Aucun courriel n’est en revue.", from: "de",
      accept: "Accepter", dismiss: "Écarter", reason: "Motif de l’écart",
      lateHeld: "Reçu après la clôture de la liste\u00a0: accepté, il sera refusé pour retard (LATE).",
      candidates: "Candidats (d’après la liste des participants)\u00a0:",
      acceptedMail: "Courriel n° {0} accepté\u00a0: demande n° {1}.", refusedMail: "Courriel n° {0} accepté, et sa demande n° {1} refusée\u00a0: {2}",
      dismissedMail: "Courriel n° {0} écarté.",
      submit: "Envoyer", inscribed: "Inscrit sous le n° {0}\u00a0: position {1} dans le segment {2}, intervention prévue à {3}.",
      receipt: "Reçu", done: "Fait.", closed: "close", stale: "La liste avait changé\u00a0; la voici de nouveau.",
      speakerName: "Nom et titre de l’orateur (facultatif)", participantHelp: "Laissez vide si votre jeton est celui de votre délégation.",
      live: "En direct", offline: "Reconnexion…", refresh: "Actualiser",
      speaking: "a la parole", deadline: "La liste est close à {0}",
      reasons: { LATE: "hors délai", DUPLICATE: "déjà inscrit", LIST_CLOSED: "liste close",
        UNKNOWN_SEGMENT: "segment inconnu", INVALID: "non compris", TOO_MANY_REPLIES: "trop de réponses" },
      amend: "Corriger", annul: "Annuler", cancel: "Fermer", corrections: "Corrections",
      amendTitle: "Corriger la demande n° {0}",
      amendWas: "Enregistrée\u00a0: {0}, segment {1}, reçue le {2}. Corrigée, elle est décidée de nouveau à cette heure de réception, sous le même numéro.",
      asRecorded: "{0} (tel qu’enregistré)", amendReason: "Motif de la correction (conservé au registre)",
      amended: "Demande n° {0} corrigée\u00a0: position {1} dans le segment {2}, intervention prévue à {3}.",
      amendedRefused: "Demande n° {0} corrigée, et refusée\u00a0: {1}", amendedStatus: "Demande n° {0} corrigée\u00a0: {1}.",
      history: "Dernières modifications, et qui les a faites", who: "Qui", what: "Quoi", when: "Quand",
      events: { RegistrationInscribed: "inscrite", RegistrationRejected: "refusée",
        RegistrationSuperseded: "remplacée par une demande antérieure", RegistrationWithdrawn: "retirée",
        PlacesSwapped: "places échangées", ListClosed: "liste close", ListReopened: "liste rouverte",
        DeadlineExtended: "délai prolongé", SpeakerCalled: "appelé à la tribune",
        SpeechStarted: "intervention commencée", SpeechEnded: "intervention terminée",
        SpeakerAbsent: "absent à l’appel", SegmentEnded: "segment terminé", RequestAmended: "corrigée",
        RequestAnnulled: "annulée", SegmentResumed: "segment repris", SpeechPaused: "intervention suspendue",
        SpeechResumed: "intervention reprise", TimeGranted: "temps accordé", ParticipantAdded: "participant ajouté" },
      annulTitle: "Annuler la demande n° {0} — {1}\u00a0?",
      annulHelp: "Elle quitte la liste et les demandes refusées, et reste au registre avec le motif. C’est définitif.",
      annulReason: "Motif (obligatoire)", annulConfirm: "Annuler la demande n° {0}",
      annulled: "Demande n° {0} annulée\u00a0; elle reste au registre.", reasonNeeded: "Indiquez pourquoi\u00a0: le motif ne peut pas être vide.",
      endConfirm: "Clore le segment {0}\u00a0? Les orateurs encore en attente seront notés comme non atteints.", endYes: "Clore le segment {0}",
      ended: "Segment {0} clos. En cas d’erreur, reprenez-le avant que quiconque soit appelé dans le suivant.",
      resumeSegment: "Reprendre le segment {0}",
      resumeConfirm: "Reprendre le segment {0}\u00a0? Il s’ouvre de nouveau et ses orateurs non atteints attendent de nouveau. C’est possible seulement avant que quiconque soit appelé dans le segment suivant.",
      resumed: "Segment {0} repris\u00a0: {1} orateur(s) non atteint(s) attendent de nouveau.",
      signedInAs: "Connecté en tant que", roleSecretariat: "Secrétariat", roleChair: "Présidence",
      roleRegistrant: "Inscription pour {0}", roleRegistrantAll: "Inscription",
      badToken: "Ce jeton n’est pas accepté\u00a0: vérifiez-le, ou demandez-en un nouveau au Secrétariat.",
      revoked: "Votre jeton n’est plus accepté (il a peut-être été révoqué). Reconnectez-vous avec un jeton valide\u00a0: ce que vous saisissiez à la console est conservé.",
      registrantHere: "Ce jeton est celui d’une délégation ({0})\u00a0: il sert à demander la parole sur la page d’inscription, non à la console.",
      otherPlenary: "Ce jeton est celui d’une autre séance ({0}), non de celle-ci.",
      signOut: "Se déconnecter", lists: "Listes des orateurs", waitingCount: "{0} en attente", refusedCount: "{0} refusée(s)",
      heldCount: "{0} en attente de décision", historyCount: "les {0} dernières",
      pickHelp: "Cochez deux demandes d’un même segment pour les permuter, ou une seule pour la retirer.",
      pickHelpChair: "Cochez deux demandes d’un même segment pour les permuter.",
      pickTwo: "Pour permuter, cochez deux demandes du même segment.", picked: "Cochées\u00a0: {0}.",
      pick: "Cocher la demande n° {0}", swapConfirm: "Permuter la demande n° {0} ({1}) et la demande n° {2} ({3}) dans le segment {4}\u00a0?",
      swapYes: "Permuter n° {0} et n° {1}", swapped: "Demandes n° {0} et n° {1} permutées.",
      withdrawConfirm: "Retirer la demande n° {0} ({1}) du segment {2}\u00a0? Elle quitte la liste\u00a0; le registre la conserve.",
      withdrawYes: "Retirer n° {0}", withdrawn: "Demande n° {0} retirée.",
      left: "temps restant", over: "au-delà de la limite",
      deadlineBoth: "La liste est close le {0}, heure de la réunion ({1}), soit le {2} à votre heure ({3}).",
      deadlineSame: "La liste est close le {0} ({1}), qui est aussi votre heure.",
      rule: "Chaque intervention dure au plus {0}\u00a0: l’écran de la salle passe à l’orange {1} avant la fin, et au rouge quand le temps est écoulé.",
      minutes: "{0} minutes", oneMinute: "1 minute", seconds: "{0} secondes",
      tokenFor: "Ce jeton est celui de\u00a0: {0}.", tokenForDelegation: "Ce jeton demande la parole pour\u00a0: {0}.", notInscribed: "Demande non inscrite.", checking: "Vérification du jeton…",
      projected: "prévue", receivedShort: "Reçue le {0}.", colon: "\u00a0: ", why: "Motif",
      onBehalfOf: "au nom de {0}", pausedLeft: "Suspendue — il reste\u00a0{0}", pausedOver: "Suspendue — {0} au-delà de la limite",
      interruptedBy: "Intervention interrompue par la {0}", interrupted: "Interrompue", paused: "suspendue",
      pause: "Suspendre", resume: "Reprendre", grant30: "+30 s", grantHelp: "Accorder 30 secondes de plus à l’orateur à la tribune",
      roomTitle: "Demandé en séance", kind: "Nature", delegation: "Délégation", inscribe: "Inscrire",
      roomInscribed: "Inscrit sous le n° {0}\u00a0: {1}, {2}.", level: "Niveau de représentation", levelNone: "non précisé",
      onBehalfOfLabel: "Au nom de (groupe, tel que la demande le dit)", standing: "Motif du rang",
      outboxStuck: "{0} réponses n’ont pas pu être envoyées", outboxStuckOne: "1 réponse n’a pas pu être envoyée",
      outboxHelp: "Ces délégations n’ont pas été informées de la suite donnée à leur courriel. Réessayez une fois la cause corrigée (une adresse mal saisie, le serveur de courrier arrêté), ou répondez-leur directement.",
      outboxHelpOne: "Cette délégation n’a pas été informée de la suite donnée à son courriel. Réessayez une fois la cause corrigée (une adresse mal saisie, le serveur de courrier arrêté), ou répondez-lui directement.",
      outboxTo: "À {0}", outboxFailed: "échec après {0} tentatives", outboxFailedOne: "échec après une tentative", outboxPending: "en attente depuis {0}\u00a0; prochaine tentative à {1}",
      outboxAnswer: "Le serveur de courrier a répondu\u00a0: {0}", outboxNoAnswer: "Aucun serveur de courrier n’a encore été joint.",
      tryAgain: "Réessayer", tryAgainLabel: "Réessayer d’envoyer la réponse n° {0} à {1}",
      retried: "La réponse n° {0} à {1} sera de nouveau tentée maintenant.", replyWhy: "En informer l’expéditeur (par courriel)",
      closedDeadline: "La liste des orateurs a été close le {0} ({1})\u00a0: le délai est passé, et une demande envoyée maintenant serait refusée pour retard. Adressez-vous au Secrétariat en séance si vous souhaitez la parole.",
      closedChair: "La présidence a clos la liste de chaque segment ({0})\u00a0: une demande envoyée maintenant serait refusée.",
      closedSome: "La présidence a clos la liste du segment {0}\u00a0: il n’est plus proposé ci-dessous.",
      seeList: "Voir la liste des orateurs", checkReceipt: "Vérifier un reçu",
      segmentLeft: "Segment {0}\u00a0: il reste {1}", segmentOver: "Segment {0}\u00a0: {1} au-delà de sa fin", segmentEndedMark: "terminé",
      spokeFor: "a parlé {0}"
    }
  };
  document.documentElement.lang = lang;

  function t(key, ...args) {
    let s = T[lang][key] ?? T.en[key] ?? key;
    args.forEach((a, i) => { s = s.replace("{" + i + "}", a); });
    return s;
  }

  const plenary = decodeURIComponent(location.pathname.split("/")[2] || "");
  const base = "/api/plenaries/" + encodeURIComponent(plenary);

  async function api(method, path, options = {}) {
    const headers = { "Accept-Language": options.lang || lang };
    if (options.token) headers.Authorization = "Bearer " + options.token;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (options.ifMatch) headers["If-Match"] = options.ifMatch;
    const response = await fetch(base + path, {
      method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body)
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text, (key, value) => typeof value === "string" ? plain(value) : value) : null; }
    catch (e) { json = null; }
    return { status: response.status, ok: response.ok, etag: response.headers.get("ETag"), json };
  }

  /* Text from the server as the pages show it: without the control characters and the invisible
     ones (bidirectional overrides and isolates, zero-width characters, tags) that an old record may
     hold — "Mr. \u202Eevil\u202C Smith" would show as "Mr. live Smith". New requests carrying
     them are refused (R10); this is the one place every page's text from the API passes. */
  const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
  function plain(text) {
    return String(text).replace(UNSAFE, "");
  }

  /* A Date from an ISO-8601 instant of the API, or null when there is none or it cannot be shown
     (an old record may hold a time no calendar of the browser takes): shown as "—". */
  function date(iso) {
    if (iso === null || iso === undefined) return null;
    const d = new Date(iso);
    return isNaN(d.getTime()) ? null : d;
  }

  /* Elements built from text nodes only: a name is never read as markup. */
  function el(tag, attributes, ...children) {
    const e = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(plain(c))));
    return e;
  }

  function clock(seconds) {
    const s = Math.abs(Math.trunc(seconds));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  /* A time of receipt: the day matters, so it is given with the date ("4 Dec 18:02", "4 déc. 18:02"). */
  function receipt(iso, zone) {
    if (!date(iso)) return "—";
    const parts = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { day: "numeric",
      month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone })
      .formatToParts(new Date(iso));
    const part = type => (parts.find(p => p.type === type) || {}).value || "";
    return part("day") + "\u00a0" + part("month") + " " + part("hour") + ":" + part("minute");
  }

  /* A day and time in full, in a zone ("Thursday 5 December 2024 at 00:00"). */
  function fullTime(iso, zone) {
    if (!date(iso)) return "—";
    return date(iso).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB",
      { timeZone: zone, dateStyle: "full", timeStyle: "short" });
  }

  /* Who a token is for, in a few words: "Secretariat", "Chair", "Registrant for Chile". */
  function role(who) {
    if (who.role === "secretariat") return t("roleSecretariat");
    if (who.role === "chair") return t("roleChair");
    return who.participant ? t("roleRegistrant", who.participant) : t("roleRegistrantAll");
  }

  /* What GET /api/whoami says of a token: 200 with role, plenary and participant, or 401. */
  async function whoami(token) {
    const response = await fetch("/api/whoami",
      { headers: { "Accept-Language": lang, Authorization: "Bearer " + token } });
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    return { status: response.status, ok: response.ok, json };
  }

  /* The countdown of the speech at the rostrum, as the room's display shows it: the digits count
     down to the server's limit instant and up past it. The phase is the server's (its signals);
     between two of its answers the clock ticks on, and the phase moves at the server's own
     warningAt and limitAt instants. A speech the chair paused stands still at the time the server
     says it has left. A speaker called and not started shows the time its kind gives it. No rule
     is worked out here. */
  const PHASES = { SPEAKING: "ok", WARNING: "warning", OVERRUN: "over" };
  function countdown(element, session, offset) {
    const current = session && session.current;
    const signals = current && current.signals;
    if (!signals) {
      element.textContent = session ? clock(current ? current.allottedSeconds : session.limitSeconds) : "";
      element.className = "countdown idle";
      return;
    }
    if (signals.paused) {
      element.textContent = left(pausedLeft(signals, session));
      element.className = "countdown paused";
      return;
    }
    const now = Date.now() + offset;
    const limitAt = Date.parse(signals.limitAt);
    const phase = now > limitAt ? "OVERRUN"
      : now >= Date.parse(signals.warningAt) && signals.phase === "SPEAKING" ? "WARNING" : signals.phase;
    element.textContent = left((limitAt - now) / 1000);
    element.className = "countdown " + (PHASES[phase] || "ok");
  }

  /* Seconds left as the countdown shows them: "1:12" down to the limit, "+0:15" past it. */
  function left(seconds) {
    return seconds >= 0 ? clock(Math.ceil(seconds)) : "+" + clock(-seconds);
  }

  /* The time a paused speech has left, in seconds, by the server's signals at its own clock. */
  function pausedLeft(signals, session) {
    return (Date.parse(signals.limitAt) - Date.parse(session.serverTime)) / 1000;
  }

  /* "Paused — 1:12 left" for a paused speech (its signals), or "" for one that runs. */
  function pausedNote(speaker, session) {
    const signals = speaker && speaker.signals;
    if (!signals || !signals.paused) return "";
    const seconds = pausedLeft(signals, session);
    return seconds >= 0 ? t("pausedLeft", left(seconds)) : t("pausedOver", left(seconds).slice(1));
  }

  /* The kind of an intervention as a label, in the server's words ("Point of order"), or "" for
     a statement and for a group's, which its "on behalf of" line says. */
  function kindLabel(speaker) {
    if (!speaker || speaker.kind === "STATEMENT" || speaker.onBehalfOf || !speaker.kindName) return "";
    return speaker.kindName.charAt(0).toUpperCase() + speaker.kindName.slice(1);
  }

  /* A duration in words: "2 minutes", "30 seconds". */
  function duration(seconds) {
    if (seconds === 60) return t("oneMinute");
    return seconds % 60 === 0 ? t("minutes", seconds / 60) : t("seconds", seconds);
  }

  /* The time of day, HH:mm, in a zone, at the server's clock (Date.now() + offset). */
  function wallClock(element, zone, offset) {
    if (!zone) return;
    try {
      element.textContent = new Intl.DateTimeFormat("en-GB",
        { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone })
        .format(new Date(Date.now() + (offset || 0)));
    } catch (e) {
      element.textContent = "";
    }
  }

  function localTime(iso, zone) {
    if (!date(iso)) return "—";
    return new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB",
      { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(iso));
  }

  /* A wall time in the plenary's zone (from a datetime-local field) as ISO-8601 with offset. */
  function withOffset(local, zone) {
    const guess = new Date(local + "Z");
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(guess).find(p => p.type === "timeZoneName").value;
    const offset = name === "GMT" ? "+00:00" : name.replace("GMT", "");
    return (local.length === 16 ? local + ":00" : local) + offset;
  }

  function live(onEvent, status) {
    const kinds = ["inscription", "refusal", "list-changed", "speaker-called", "speech-started",
      "speech-stopped", "speaker-absent", "segment-ended", "segment-resumed", "warning", "overrun",
      "speech-paused", "speech-resumed", "time-granted"];
    const source = new EventSource(base + "/live");
    kinds.forEach(k => source.addEventListener(k, e => onEvent(k, e)));
    source.onopen = () => status && status(true);
    source.onerror = () => status && status(false);
    return source;
  }

  return { lang, t, plenary, base, api, el, clock, localTime, receipt, fullTime, role, whoami, date, plain,
    countdown, pausedNote, kindLabel, duration, withOffset, live, wallClock };
})();
