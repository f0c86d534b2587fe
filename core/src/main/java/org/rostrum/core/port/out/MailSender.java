package org.rostrum.core.port.out;

/**
 * Hands a recorded reply to whatever delivers mail: an SMTP server, or a folder an officer sends
 * from by hand.
 */
public interface MailSender {

  /** What the server said. */
  sealed interface Delivery {
    /** The server's words, or the network's. */
    String answer();

    /** Taken: the server is now responsible for it. */
    record Accepted(String answer) implements Delivery {}

    /** Not now (a 4xx answer, a network failure): try again later. */
    record Deferred(String answer) implements Delivery {}

    /** Never (a 5xx answer, an address the server will not take): an officer must look. */
    record Refused(String answer) implements Delivery {}
  }

  /** Delivers one reply; never throws for a failure of the server or the network. */
  Delivery send(Outbox.Reply reply);
}
