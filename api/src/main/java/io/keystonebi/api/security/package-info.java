/** Who the caller is, what their role lets them do and whose data they may see: sign-in, tokens, scope. */
package io.keystonebi.api.security;
