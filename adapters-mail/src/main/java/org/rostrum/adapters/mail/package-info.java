/**
 * Registration mails: reading them (mime4j) — time of receipt, participant, segment, speaker,
 * language — and, for issue 6's next steps, review and acknowledgements. Nothing uncertain is
 * guessed: it goes to review.
 */
package org.rostrum.adapters.mail;
