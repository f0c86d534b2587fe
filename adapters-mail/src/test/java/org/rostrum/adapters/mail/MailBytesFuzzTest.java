package org.rostrum.adapters.mail;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The mail reader under coverage-guided fuzzing (Jazzer, issue 22): bytes to a mail, a reading and
 * a time of receipt, as the intake reads them. Nothing escapes — no exception, no error, no
 * overflow — and nothing hangs. The seeds ({@code MailBytesFuzzTestInputs}) are hostile and real
 * mails; a plain build replays them, CI fuzzes from them (JAZZER_FUZZ=1). {@link
 * MailReaderFuzzTest} adds the deep mails and mutations of the whole corpus with QuickTheories.
 */
class MailBytesFuzzTest {

  @FuzzTest(maxDuration = "40s")
  void mails(byte[] bytes) {
    MailReaderFuzzTest.readsWithoutEscape(bytes);
  }
}
