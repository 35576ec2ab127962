/** The audit trail: who read, exported or changed what, in which scope and when. */
package io.keystonebi.api.audit;
