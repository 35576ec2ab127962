/** The GoHighLevel webhook inbox: deliveries stored before they are answered, then claimed and applied by the drain. */
package io.keystonebi.sql.ghl.inbox;
