/** The rules of procedure, one small named function per rule of DESIGN.md (R…, T…, L…). */
package org.rostrum.core.rules;
