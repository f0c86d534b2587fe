/**
 * User text made safe for each output, once: a name, a speaker or a reason a participant typed
 * reaches a spreadsheet ({@link org.rostrum.core.text.CsvText}), a Markdown page ({@link
 * org.rostrum.core.text.MarkdownText}), a terminal ({@link org.rostrum.core.text.TerminalText}) or
 * a calendar ({@link org.rostrum.core.text.CalendarText}) only through the class of its format. New
 * requests carrying a control or invisible character are refused (R10); these classes also keep an
 * old record that holds one from reordering, hiding or running anything where it is shown.
 */
package org.rostrum.core.text;
