/** Registration e-mails in, acknowledgements out. Skeleton: issue 6. */
package org.rostrum.adapters.mail;
