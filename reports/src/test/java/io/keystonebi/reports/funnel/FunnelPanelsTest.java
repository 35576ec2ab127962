package io.keystonebi.reports.funnel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.test.PanelsIntegrationTest;

/**
 * A test of the pipeline and funnel pages: a panels test whose context (and so database) only these tests share,
 * with findings drawn from groups of two leads (the fixture is small) and two experiments, one by source and one by
 * tag. Each test loads the data it needs, emptying the warehouse first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PanelsIntegrationTest
@TestPropertySource(properties = { "bi.reports.funnel.min-leads=2",
		"bi.reports.funnel.experiments[0].name=Zillow vs referral", "bi.reports.funnel.experiments[0].a.source=zillow",
		"bi.reports.funnel.experiments[0].b.source=Referral", "bi.reports.funnel.experiments[1].name=Spring promo",
		"bi.reports.funnel.experiments[1].a.source=zillow", "bi.reports.funnel.experiments[1].b.tag=spring-promo" })
public @interface FunnelPanelsTest {

}
