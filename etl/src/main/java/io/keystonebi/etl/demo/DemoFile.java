package io.keystonebi.etl.demo;

import java.util.List;

/**
 * One file of the demo data set, with its mapping (under {@code demo/mappings/}).
 *
 * @param path the file under {@code demo/} on the classpath
 * @param mapping the mapping's name
 */
record DemoFile(String path, String mapping) {

	/** The demo files in load order: agents and property types before the deals that name them, leads before their deals. */
	static final List<DemoFile> ALL = List.of(new DemoFile("crm-sales-opportunities/sales_teams.csv", "crm-agents"),
			new DemoFile("crm-sales-opportunities/products.csv", "crm-property-types"),
			new DemoFile("crm-sales-opportunities/accounts.csv", "crm-accounts"),
			new DemoFile("crm-sales-opportunities/sales_pipeline.csv", "crm-pipeline"),
			new DemoFile("olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv", "olist-leads"),
			new DemoFile("olist-marketing-funnel/olist_closed_deals_dataset.csv", "olist-closed-deals"),
			new DemoFile("king-county-house-sales/kc_house_data.csv", "kingcounty-sales"));

	String location() {
		return "classpath:demo/" + this.path;
	}

	String fileName() {
		return this.path.substring(this.path.lastIndexOf('/') + 1);
	}

}
