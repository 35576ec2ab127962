package io.keystonebi.api.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.keystonebi.reports.scope.DataScope;

/**
 * Lets a controller method take the {@link Caller} or the caller's {@link DataScope} as a parameter, so no
 * handler can forget to scope what it returns: there is no other way to get a scope in a request. The scope
 * handed out is also left in the request attribute {@link #SCOPE_ATTRIBUTE}, where the audit log reads the
 * scope the request was actually answered in without working it out again.
 */
final class CallerArguments implements HandlerMethodArgumentResolver {

	/** The request attribute holding the {@link DataScope} a handler was given. */
	static final String SCOPE_ATTRIBUTE = DataScope.class.getName();

	private final AccountDirectory accounts;

	CallerArguments(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == Caller.class || type == DataScope.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Caller caller = CallerAuthentication.callerOf(SecurityContextHolder.getContext().getAuthentication());
		if (caller == null) {
			throw new AuthenticationFailedException("Sign in first.");
		}
		if (parameter.getParameterType() == Caller.class) {
			return caller;
		}
		DataScope scope = this.accounts.scopeOf(caller);
		webRequest.setAttribute(SCOPE_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
		return scope;
	}

}
