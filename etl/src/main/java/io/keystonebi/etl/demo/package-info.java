/** The demo data set: public CRM, marketing-funnel and market data imported as a brokerage, dates rebased to today. */
package io.keystonebi.etl.demo;
