package io.keystonebi.api.admin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

import io.keystonebi.api.audit.AuditEvent;

/**
 * Records the audit events the running application publishes while a test runs. Events are published on the
 * server's request threads, which Spring's own test recorder does not see, so this listens on the context itself
 * and is removed after the test so the shared context is left as it was.
 */
final class RecordedAuditEvents implements ApplicationListener<PayloadApplicationEvent<AuditEvent>>, AutoCloseable {

	private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

	private final ApplicationEventMulticaster multicaster;

	private RecordedAuditEvents(ApplicationEventMulticaster multicaster) {
		this.multicaster = multicaster;
	}

	static RecordedAuditEvents start(ApplicationContext context) {
		ApplicationEventMulticaster multicaster = context.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		RecordedAuditEvents recorder = new RecordedAuditEvents(multicaster);
		multicaster.addApplicationListener(recorder);
		return recorder;
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<AuditEvent> event) {
		this.events.add(event.getPayload());
	}

	/** @return the events with the action, in the order published */
	List<AuditEvent> withAction(String action) {
		return this.events.stream().filter((event) -> event.action().equals(action)).toList();
	}

	List<AuditEvent> all() {
		return List.copyOf(this.events);
	}

	@Override
	public void close() {
		this.multicaster.removeApplicationListener(this);
	}

}
