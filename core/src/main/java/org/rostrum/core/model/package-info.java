/** The values of a plenary: its definition, participants, requests, lists and schedules. */
package org.rostrum.core.model;
