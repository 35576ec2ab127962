/** Web concerns shared by every endpoint: how failures become RFC 9457 problem responses. */
package io.keystonebi.api.web;
