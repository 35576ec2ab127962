/** Sign-in accounts, their refresh tokens and dashboard layouts, and the teams that scope managers. */
package io.keystonebi.sql.accounts;
