package io.keystonebi.api.schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.api.audit.Audit;
import io.keystonebi.reports.delivery.DeliveryLog;
import io.keystonebi.reports.schedule.ScheduleChoices;
import io.keystonebi.reports.schedule.Schedules;

/** The services behind the schedule API and pages. */
@Configuration(proxyBeanMethods = false)
class SchedulesWebConfiguration {

	@Bean
	ScheduleManagement scheduleManagement(Schedules schedules, ScheduleChoices choices, Audit audit) {
		return new ScheduleManagement(schedules, choices, audit);
	}

	@Bean
	DeliveryManagement deliveryManagement(DeliveryLog log, Audit audit) {
		return new DeliveryManagement(log, audit);
	}

}
