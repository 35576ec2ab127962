/**
 * The pipeline page's reads of deals and activity: how long deals stay in each stage, what is still open at a
 * period's end and how old it is, and when the brokerage's activity happens.
 */
package io.keystonebi.sql.pipeline;
