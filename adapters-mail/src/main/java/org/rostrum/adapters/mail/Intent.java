package org.rostrum.adapters.mail;

import java.util.regex.Pattern;

/**
 * What a mail asks, read from its own words in English, French, Spanish or Portuguese. Only a
 * {@link #REQUEST} is inscribed; anything else is held, and a withdrawal or a change says which
 * action it proposes.
 */
enum Intent {
  /** A request for the floor. */
  REQUEST,
  /** A request withdrawn ("we withdraw our request", "retiramos nuestra solicitud"). */
  WITHDRAWAL,
  /** A change to a request: another speaker or another segment. */
  CHANGE,
  /** Two participants asking to exchange places. */
  SWAP,
  /**
   * A written statement sent for publication on the Assembly's website ("please find attached our
   * statement for publication"), without asking for the floor.
   */
  PUBLICATION,
  /** Anything else: a question, thanks, a statement sent in writing only, an invitation… */
  OTHER;

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Whether a sentence asks for the floor (for telling which segment a request is for). */
  static boolean asks(String sentence) {
    return ASKS.matcher(sentence).find();
  }

  private static final Pattern ASKS =
      Pattern.compile(
          "inscri|register|registration|enrol|list of speakers|speakers['’]? ?list|take the floor"
              + "|deliver (?:a|the|our) statement|make (?:a|the|our) statement|to speak|intervene|"
              + "added to the list|placed on the list|included in the list|put (?:us|our)"
              + "|liste des orat|prendre la parole|intervenir|faire une (?:déclaration|intervention)"
              + "|s['’]exprimer|lista de oradores|tomar (?:la|a) palabra|hacer uso de la palabra"
              + "|usar de la palabra|intervención|inscribir|registrar|inscrever|inscrição|inscripción"
              + "|fazer uso da palavra|usar da palavra|tomar a palavra|intervir|intervenção"
              + "|participate as a speaker|slot|our request|notre demande|nuestra solicitud"
              + "|nosso pedido|contribut|contribuer|contribuir|(?:^|\\n)[ \\t]*(?:speaker|orat(?:eur|rice)"
              + "|intervenant(?:e)?|orador(?:a)?)[ \\t]*:|participate in (?:the )?segment|participer au segment"
              + "|participar en el segmento|participar no segmento|deliver (?:[\\p{L}]+ ){0,2}statement"
              + "|prononcer une (?:\\p{L}+ )?déclaration|pronunciar una (?:\\p{L}+ )?declaración"
              + "|proferir uma (?:\\p{L}+ )?declaração|interviendr|intervendr|intervir|will speak"
              + "|hablará|falará|\\bspeakers\\b|\\borateurs\\b|\\boradores\\b",
          F);

  private static final Pattern WITHDRAWS =
      Pattern.compile(
          "\\b(?:withdraw|withdrawal|withdrawing|retir(?:er|ons|ez|e|ement|amos|ar|ada|ado|o|a)\\b"
              + "|annul(?:er|ons|e)\\b|cancel(?:s|led|ling|ar|amos|e|er|ons)?\\b|desist"
              + "|no longer (?:wish|be able|able|intend)|will not (?:be able to )?take the floor"
              + "|ne (?:souhaite|pourra|prendra) (?:plus|pas)|ne pourra pas prendre la parole"
              + "|ya no (?:desea|podrá)|no (?:podrá|podremos) (?:intervenir|tomar)"
              + "|já não (?:deseja|poderá)|não (?:poderá|poderemos) (?:intervir|usar|fazer)"
              + "|remove (?:us|our)|supprimer (?:notre|la)|eliminar (?:nuestra|a)"
              + "|retirer (?:notre|la)|dar de baja|darse de baja)",
          F);

  private static final Pattern CHANGES =
      Pattern.compile(
          "\\b(?:change|changed|replace|replaced|replacing|instead of|in place of|substitut"
              + "|modif|remplac|en lieu et place|au lieu de|à la place de"
              + "|cambi|sustitu|reemplaz|en lugar de|en vez de"
              + "|alteração|alterar|substitu|em vez de|no lugar de|troca de orador)"
              + "[^.\\n]{0,120}(?:speaker|orat|orador|segment|represent|person|délégu|delegad|nome|name"
              + "|nom\\b|nombre)"
              + "|(?:speaker|orat(?:eur|rice)|orador(?:a)?|segment(?:o)?)[^.\\n]{0,80}"
              + "(?:has changed|a changé|ha cambiado|mudou|will now be|sera désormais|será ahora|será agora"
              + "|instead|à la place|en su lugar|em seu lugar|en lugar de|au lieu de|em vez de"
              + "|no lugar de)"
              + "|(?:move|transfer|déplacer|transférer|trasladar|pasar|mover|transferir)[^.\\n]{0,60}"
              + "(?:from|de|del|do)\\s+(?:the\\s+)?segment",
          F);

  private static final Pattern SWAPS =
      Pattern.compile(
          "\\bswap|exchange (?:our |their )?(?:place|position|slot)s?|switch (?:places|positions|slots)"
              + "|échanger|permut|intercambi|trocar (?:de )?(?:lugar|posição|posições)",
          F);

  private static final Pattern NOT_ORAL =
      Pattern.compile(
          "(?:written statement only|only a written statement|in writing only|statement in writing"
              + "|déclaration écrite uniquement|uniquement (?:par écrit|une déclaration écrite)"
              + "|déclaration par écrit|solo por escrito|únicamente por escrito|declaración escrita"
              + "|declaración por escrito|apenas por escrito|somente por escrito|declaração escrita"
              + "|declaração por escrito"
              // a sender who says it will not speak
              + "|(?:\\bnot|\\bne|\\bn['’]|\\bnão|\\bno (?:desea|deseamos|desean|pretende"
              + "|pretendemos|podrá|podremos|va a|vamos a|tomará|hará))\\s+(?:[\\p{L}'’]+\\s+){0,3}"
              + "(?:take the floor|speak\\b|prendre la parole|intervenir|fazer uso da palavra"
              + "|usar da palavra|tomar (?:la|a) palavra|tomar la palabra|hacer uso de la palabra|intervir)"
              + ")",
          F);

  /** A text sent to be published, not spoken: "for publication on the website". */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?:for (?:its |their )?(?:publication|posting|upload)|to be (?:published|posted|uploaded)"
              + "|(?:publish|post|upload)(?:ed)? (?:it |them )?(?:on|to) the (?:[\\p{L}'’]+ ){0,3}"
              + "(?:website|web ?site|web ?page|extranet)"
              + "|pour (?:sa |leur )?publication|aux fins de (?:sa )?publication|à publier"
              + "|(?:publi(?:er|ée?s?)|mise en ligne|mettre en ligne)[^.\\n]{0,40}(?:site|extranet|page)"
              + "|para (?:su |a )?publicación|para (?:su |a )?publicação|para ser publicad[oa]"
              + "|publicar(?:la|lo)? en (?:el|la) (?:sitio|página|web)|publicar no (?:sítio|site|portal))",
          F);

  /** Words that ask for the floor itself, which a statement sent for publication does not. */
  private static final Pattern FLOOR =
      Pattern.compile(
          "(?:take the floor|to speak\\b|list of speakers|speakers['’]? ?list|inscri|intervene"
              + "|prendre la parole|liste des orat|intervenir|tomar (?:la|a) pala|hacer uso de la palabra"
              + "|lista de oradores|usar da palavra|fazer uso da palavra|intervir)",
          F);

  /** An invitation to a side event, thanks for a confirmation: not a request, unless one asks. */
  private static final Pattern NOT_ASKING =
      Pattern.compile(
          "(?:side[- ]event|événement parallèle|manifestation parallèle|evento paralelo"
              + "|\\bRSVP\\b|vous convier|invite you to|les invitamos|convidá-los|convidamos"
              + "|thank(?:s| you) (?:you )?for (?:the |your )?(?:confirmation|acknowledg)"
              + "|acknowledge receipt|accusons réception|merci (?:pour|de) (?:votre|la) confirmation"
              + "|gracias por (?:la|su) confirmación|acusamos (?:recibo|a rece[pç]ção|rece[pç]ção)"
              + "|agradecemos (?:a|la) confirma|obrigad[oa] pela confirmação)",
          F);

  private static final Pattern QUESTION =
      Pattern.compile(
          "(?:is it (?:still )?possible|could you (?:please )?(?:confirm|tell|let us know|inform|advise)"
              + "|can you (?:please )?confirm|would it (?:still )?be possible|do you know whether"
              + "|est-il (?:encore )?possible|pourriez-vous (?:nous )?(?:confirmer|indiquer|dire|préciser)"
              + "|¿|es posible|podrían (?:confirmar|indicar|informar)|podría (?:confirmar|indicar)"
              + "|é possível|poderiam (?:confirmar|informar|indicar)|poderia (?:confirmar|informar))",
          F);

  private static final Pattern ASKING_VERB =
      Pattern.compile(
          "(?:would like|wish(?:es)? to|request(?:s|ing)? (?:to|that|the)|kindly (?:ask|request)|hereby"
              + "|would be grateful|(?:has|have) the honou?r|please (?:register|inscribe|add|include|put)"
              + "|souhait|sollicit|demande (?:à|l['’]inscription)|a l['’]honneur|désire|aimerait|voudrait"
              + "|desea|solicita|quisiera|tiene el honor|agradecer[íi]a|deseja|gostaria|tem a honra"
              + "|agradeceria|vous prie de bien vouloir|le agradeceríamos)",
          F);

  /** The intent of a request text (the sender's own words, subject included). */
  static Intent of(String text) {
    return of(text, false);
  }

  /**
   * The intent of a request text; {@code asks} says the reader found in it a request these words do
   * not know (the right of reply asked for, "wishes to exercise its right of reply").
   */
  static Intent of(String text, boolean asks) {
    if (SWAPS.matcher(text).find()) {
      return SWAP;
    }
    if (WITHDRAWS.matcher(text).find()) {
      return WITHDRAWAL;
    }
    if (CHANGES.matcher(text).find()) {
      return CHANGE;
    }
    if (PUBLISHED.matcher(text).find() && !FLOOR.matcher(text).find()) {
      return PUBLICATION;
    }
    if (NOT_ORAL.matcher(text).find()
        || !(asks || ASKS.matcher(text).find())
        || (NOT_ASKING.matcher(text).find() && !ASKING_VERB.matcher(text).find())
        || (QUESTION.matcher(text).find() && !ASKING_VERB.matcher(text).find())) {
      return OTHER;
    }
    return REQUEST;
  }
}
