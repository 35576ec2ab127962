package io.keystonebi.api.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import io.keystonebi.api.security.AccountDirectory;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.audit.NewAuditEntry;

/**
 * Records every read a signed-in caller makes, of the API or of a page: who, what (method, path and query), in
 * which data scope, with what status, in which request. Room in the audit queue is taken before the handler runs,
 * so a read that could not be recorded is refused (503) rather than answered; the entry is queued once the
 * answer is complete and its status known.
 * <p>
 * Reads of the audit log itself are recorded too, as {@code audit.read} and {@code audit.verify}: who looked at
 * the log is part of the log.
 */
final class ReadAuditInterceptor implements HandlerInterceptor {

	private static final String RESERVATION = ReadAuditInterceptor.class.getName() + ".reservation";

	private final AuditLog log;

	private final AccountDirectory accounts;

	private final Clock clock;

	ReadAuditInterceptor(AuditLog log, AccountDirectory accounts, Clock clock) {
		this.log = log;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// An asynchronous answer passes here twice; its room was taken the first time.
		if (handler instanceof HandlerMethod && read(request) && request.getAttribute(RESERVATION) == null
				&& caller() != null) {
			request.setAttribute(RESERVATION, this.log.reserve());
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(request.getAttribute(RESERVATION) instanceof AuditLog.Reservation reservation)) {
			return;
		}
		request.removeAttribute(RESERVATION);
		try {
			Caller caller = caller();
			if (caller != null) {
				reservation.record(entry(request, caller, (ex != null && response.getStatus() < 400) ? 500
						: response.getStatus()));
			}
		}
		finally {
			reservation.cancel();
		}
	}

	private NewAuditEntry entry(HttpServletRequest request, Caller caller, int status) {
		String path = request.getRequestURI();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("channel", path.startsWith("/api/") ? "api" : "page");
		detail.put("status", status);
		String query = AuditEntries.redactQuery(request.getQueryString());
		if (query != null) {
			detail.put("query", query);
		}
		DataScope scope = this.accounts.scopeOf(caller, request);
		return AuditEntries.entry(this.clock.instant(),
				new AuditEntries.Actor(caller.accountId(), caller.username(), caller.role().id()), action(request),
				request.getMethod() + " " + path, scope.key(), detail,
				new RequestFacts(RequestFacts.current().requestId(), request.getRemoteAddr()));
	}

	private static String action(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!path.startsWith("/api/v1/admin/audit") && !path.startsWith("/admin/audit")) {
			return "data.read";
		}
		return (path.endsWith("/verify") || request.getParameter("verify") != null) ? "audit.verify" : "audit.read";
	}

	private static boolean read(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private static Caller caller() {
		return Caller.from(SecurityContextHolder.getContext().getAuthentication());
	}

}
