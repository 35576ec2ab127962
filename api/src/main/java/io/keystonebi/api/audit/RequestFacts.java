package io.keystonebi.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.keystonebi.api.web.RequestIdFilter;

/**
 * What an audit entry keeps of the request it was made in.
 *
 * @param requestId its {@code X-Request-Id}, or null outside a request
 * @param clientAddress the client's address as the server sees it (the proxy's, unless the server is set to
 * trust forwarded headers), or null outside a request
 */
record RequestFacts(String requestId, String clientAddress) {

	/** @return the facts of the request the current thread handles, if any */
	static RequestFacts current() {
		HttpServletRequest request = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
				servlet) ? servlet.getRequest() : null;
		return new RequestFacts(MDC.get(RequestIdFilter.MDC_KEY),
				(request != null) ? request.getRemoteAddr() : null);
	}

}
