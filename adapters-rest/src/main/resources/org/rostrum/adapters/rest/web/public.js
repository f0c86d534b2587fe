"use strict";
/* What the public pages (the delegations' list, the receipt) share: the reader's language among
   English, French and Spanish (?lang=, else the browser's languages, else English), their words,
   and times as the API's offset datetimes give them, in the plenary's zone. Loaded after
   rostrum.js, whose requests and safe elements they use. */
const Public = (() => {
  const LANGS = ["en", "fr", "es"];

  function pick() {
    const asked = new URLSearchParams(location.search).get("lang");
    const wanted = [asked].concat(Array.from(navigator.languages || []), [navigator.language]);
    for (const tag of wanted) {
      const two = String(tag || "").toLowerCase().slice(0, 2);
      if (LANGS.includes(two)) return two;
    }
    return "en";
  }
  const lang = pick();
  document.documentElement.lang = lang;

  const T = {
    en: {
      listTitle: "Speakers' list", receiptTitle: "Check a receipt", segment: "Segment",
      position: "#", participant: "Delegation", speaker: "Speaker", state: "State", time: "Time",
      projected: "projected", since: "since", permitting: "Time permitting",
      closedList: "List closed", empty: "No one has asked for the floor in this segment.",
      refused: "Refused requests", received: "Received", reason: "Reason",
      noneRefused: "No request has been refused.", updated: "Projected at {0}", version: "version {0}",
      live: "Live", offline: "Reconnecting…", print: "Print", loading: "Loading…",
      languages: "Language", checkReceipt: "Check a receipt", seeList: "See the speakers' list",
      onBehalfOf: "on behalf of {0}", unknown: "This plenary is not known here.",
      failed: "The list could not be loaded; it will be tried again.",
      window: "{0}–{1}", atRostrum: "at the rostrum",
      receiptLabel: "Receipt (the code your acknowledgement gave you)",
      receiptHelp: "64 characters, letters a–f and digits. Paste it whole.",
      check: "Check", notFound: "No request of this plenary has this receipt. Check that you pasted it whole: a receipt is the 64 characters of your acknowledgement.",
      badShape: "A receipt is 64 characters, letters a–f and digits; this one has {0}.",
      request: "Request", inscribed: "Inscribed", notInscribed: "Not inscribed", yes: "yes", no: "no",
      status: "State", place: "Position", projectedStart: "Projected time", actualStart: "Spoke at",
      proof: "Proof that your request is in the record",
      proofHelp1: "The record is a chain: each entry's hash is the SHA-256 of the previous entry's hash followed by the entry's text (UTF-8, hashes in lower-case hex).",
      proofHelp2: "Starting from “previous”, hash previous‖text for each link in turn: you get each link's hash. The first link's hash is your receipt; the last is the head of the record, which the Secretariat publishes. Anyone can check it, offline, without trusting this page.",
      proofHelp3: "In a terminal: printf '%s%s' \"$previous\" \"$text\" | sha256sum",
      download: "Download the proof (JSON)", links: "{0} links, from your request to the head",
      checked: "Checked in this browser: the {0} links chain up to the head of the record,",
      broken: "Checked in this browser: link {0} does not give its hash. Tell the Secretariat.",
      notChecked: "This browser cannot compute SHA-256 here (it needs a secure connection); check the downloaded file yourself.",
      error: "The receipt could not be checked ({0}); try again.",
      statuses: { REFUSED: "refused" },
      reasons: { LATE: "late", DUPLICATE: "already on a list", LIST_CLOSED: "list closed",
        UNKNOWN_SEGMENT: "no such segment", INVALID: "not understood", TOO_MANY_REPLIES: "too many replies" }
    },
    fr: {
      listTitle: "Liste des orateurs", receiptTitle: "Vérifier un reçu", segment: "Segment",
      position: "n°", participant: "Délégation", speaker: "Orateur", state: "État", time: "Heure",
      projected: "prévue", since: "depuis", permitting: "Si le temps le permet",
      closedList: "Liste close", empty: "Personne n’a demandé la parole dans ce segment.",
      refused: "Demandes refusées", received: "Reçue", reason: "Motif",
      noneRefused: "Aucune demande n’a été refusée.", updated: "Prévisions à {0}", version: "version {0}",
      live: "En direct", offline: "Reconnexion…", print: "Imprimer", loading: "Chargement…",
      languages: "Langue", checkReceipt: "Vérifier un reçu", seeList: "Voir la liste des orateurs",
      onBehalfOf: "au nom de {0}", unknown: "Cette séance n’est pas connue ici.",
      failed: "La liste n’a pas pu être chargée\u00a0; nouvel essai sous peu.",
      window: "{0}–{1}", atRostrum: "à la tribune",
      receiptLabel: "Reçu (le code donné par votre accusé de réception)",
      receiptHelp: "64 caractères, lettres a à f et chiffres. Collez-le en entier.",
      check: "Vérifier", notFound: "Aucune demande de cette séance n’a ce reçu. Vérifiez que vous l’avez collé en entier\u00a0: un reçu compte les 64 caractères de votre accusé de réception.",
      badShape: "Un reçu compte 64 caractères, lettres a à f et chiffres\u00a0; celui-ci en a {0}.",
      request: "Demande", inscribed: "Inscrite", notInscribed: "Non inscrite", yes: "oui", no: "non",
      status: "État", place: "Position", projectedStart: "Heure prévue", actualStart: "Intervenu à",
      proof: "Preuve que votre demande figure au registre",
      proofHelp1: "Le registre est une chaîne\u00a0: l’empreinte de chaque entrée est le SHA-256 de l’empreinte de l’entrée précédente suivie du texte de l’entrée (UTF-8, empreintes en hexadécimal minuscule).",
      proofHelp2: "En partant de «\u00a0previous\u00a0», calculez previous‖text pour chaque maillon tour à tour\u00a0: vous obtenez l’empreinte de chaque maillon. Celle du premier est votre reçu\u00a0; la dernière est la tête du registre, que le Secrétariat publie. Chacun peut le vérifier, hors ligne, sans se fier à cette page.",
      proofHelp3: "Dans un terminal\u00a0: printf '%s%s' \"$previous\" \"$text\" | sha256sum",
      download: "Télécharger la preuve (JSON)", links: "{0} maillons, de votre demande à la tête",
      checked: "Vérifié dans ce navigateur\u00a0: les {0} maillons s’enchaînent jusqu’à la tête du registre,",
      broken: "Vérifié dans ce navigateur\u00a0: le maillon {0} ne donne pas son empreinte. Informez-en le Secrétariat.",
      notChecked: "Ce navigateur ne peut pas calculer le SHA-256 ici (il faut une connexion sécurisée)\u00a0; vérifiez vous-même le fichier téléchargé.",
      error: "Le reçu n’a pas pu être vérifié ({0})\u00a0; réessayez.",
      statuses: { REFUSED: "refusée" },
      reasons: { LATE: "hors délai", DUPLICATE: "déjà inscrit", LIST_CLOSED: "liste close",
        UNKNOWN_SEGMENT: "segment inconnu", INVALID: "non compris", TOO_MANY_REPLIES: "trop de réponses" }
    },
    es: {
      listTitle: "Lista de oradores", receiptTitle: "Comprobar un recibo", segment: "Segmento",
      position: "n.º", participant: "Delegación", speaker: "Orador", state: "Estado", time: "Hora",
      projected: "prevista", since: "desde las", permitting: "Si el tiempo lo permite",
      closedList: "Lista cerrada", empty: "Nadie ha pedido la palabra en este segmento.",
      refused: "Solicitudes rechazadas", received: "Recibida", reason: "Motivo",
      noneRefused: "No se ha rechazado ninguna solicitud.", updated: "Previsiones a las {0}", version: "versión {0}",
      live: "En directo", offline: "Reconectando…", print: "Imprimir", loading: "Cargando…",
      languages: "Idioma", checkReceipt: "Comprobar un recibo", seeList: "Ver la lista de oradores",
      onBehalfOf: "en nombre de {0}", unknown: "Esta sesión no se conoce aquí.",
      failed: "No se pudo cargar la lista; se intentará de nuevo.",
      window: "{0}–{1}", atRostrum: "en la tribuna",
      receiptLabel: "Recibo (el código de su acuse de recibo)",
      receiptHelp: "64 caracteres, letras de la a a la f y cifras. Péguelo entero.",
      check: "Comprobar", notFound: "Ninguna solicitud de esta sesión tiene este recibo. Compruebe que lo ha pegado entero: un recibo son los 64 caracteres de su acuse de recibo.",
      badShape: "Un recibo tiene 64 caracteres, letras de la a a la f y cifras; este tiene {0}.",
      request: "Solicitud", inscribed: "Inscrita", notInscribed: "No inscrita", yes: "sí", no: "no",
      status: "Estado", place: "Posición", projectedStart: "Hora prevista", actualStart: "Intervino a las",
      proof: "Prueba de que su solicitud figura en el registro",
      proofHelp1: "El registro es una cadena: la huella de cada entrada es el SHA-256 de la huella de la entrada anterior seguida del texto de la entrada (UTF-8, huellas en hexadecimal en minúsculas).",
      proofHelp2: "Partiendo de «previous», calcule previous‖text para cada eslabón por turno: obtiene la huella de cada eslabón. La del primero es su recibo; la última es la cabeza del registro, que publica la Secretaría. Cualquiera puede comprobarlo, sin conexión, sin fiarse de esta página.",
      proofHelp3: "En un terminal: printf '%s%s' \"$previous\" \"$text\" | sha256sum",
      download: "Descargar la prueba (JSON)", links: "{0} eslabones, de su solicitud a la cabeza",
      checked: "Comprobado en este navegador: los {0} eslabones se encadenan hasta la cabeza del registro,",
      broken: "Comprobado en este navegador: el eslabón {0} no da su huella. Informe a la Secretaría.",
      notChecked: "Este navegador no puede calcular el SHA-256 aquí (necesita una conexión segura); compruebe usted mismo el archivo descargado.",
      error: "No se pudo comprobar el recibo ({0}); inténtelo de nuevo.",
      statuses: { REFUSED: "rechazada" },
      reasons: { LATE: "fuera de plazo", DUPLICATE: "ya inscrito", LIST_CLOSED: "lista cerrada",
        UNKNOWN_SEGMENT: "segmento desconocido", INVALID: "no comprendida", TOO_MANY_REPLIES: "demasiadas réplicas" }
    }
  };

  function t(key, ...args) {
    let s = T[lang][key] ?? T.en[key] ?? key;
    args.forEach((a, i) => { s = s.replace("{" + i + "}", a); });
    return s;
  }

  /* A state in words, as the server says it in the reader's language (the core's words, once);
     a refusal is named in a word (its sentence is the receipt's text). */
  function state(status, text) {
    if (status === "REFUSED") return T[lang].statuses.REFUSED;
    return text || status || "";
  }

  /* The segment's forecast and a place's swap: the server's sentences. */
  function forecast(f) {
    return (f && f.text) || "";
  }

  function swap(w) {
    return (w && w.text) || "";
  }

  function reason(code) {
    return (code && T[lang].reasons[code]) || code || "";
  }

  /* "15:04" from "2024-12-05T15:04:00+01:00": the wall time in the plenary's zone, which the
     offset of the API's datetime already gives; "" when there is none. */
  function hhmm(iso) {
    const m = /T(\d{2}):(\d{2})/.exec(String(iso || ""));
    return m ? m[1] + ":" + m[2] : "";
  }

  /* "5 Dec 14:58": a day and a wall time, for a time of receipt. */
  function dayTime(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(iso || ""));
    if (!m) return "";
    const month = new Intl.DateTimeFormat(lang, { month: "short", timeZone: "UTC" })
      .format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
    return (+m[3]) + "\u00a0" + month + " " + m[4] + ":" + m[5];
  }

  /* A title the API gives in English and French: in the reader's language, else English. */
  function title(t) {
    if (!t) return "";
    return typeof t === "string" ? t : (t[lang] || t.en || "");
  }

  /* The language links: each a link to this page in that language, the current one marked. */
  function languages(container) {
    const names = { en: "English", fr: "Français", es: "Español" };
    container.replaceChildren(...LANGS.map(l => {
      const params = new URLSearchParams(location.search);
      params.set("lang", l);
      const a = Rostrum.el("a", { href: "?" + params.toString(), hreflang: l, lang: l }, names[l]);
      if (l === lang) a.setAttribute("aria-current", "true");
      return a;
    }));
    container.setAttribute("aria-label", t("languages"));
  }

  /* A link to another public page of the plenary, in the reader's language. */
  function link(page, extra) {
    const params = new URLSearchParams(extra || {});
    params.set("lang", lang);
    return "/plenaries/" + encodeURIComponent(Rostrum.plenary) + "/" + page + "?" + params.toString();
  }

  return { lang, t, state, forecast, swap, reason, hhmm, dayTime, title, languages, link };
})();
