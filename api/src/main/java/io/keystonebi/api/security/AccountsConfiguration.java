package io.keystonebi.api.security;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.keystonebi.api.cli.Command;

/** Accounts, in the web application and in command-line runs alike. */
@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

	@Bean
	AccountDirectory accountDirectory(Jdbi jdbi) {
		return new AccountDirectory(jdbi);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Command addAccountCommand(AccountAdministration administration) {
		return new AccountCommands.AddAccount(administration);
	}

	@Bean
	Command resetPasswordCommand(AccountAdministration administration, Jdbi jdbi) {
		return new AccountCommands.ResetPassword(administration, jdbi);
	}

	@Bean
	AccountAdministration accountAdministration(Jdbi jdbi, PasswordEncoder passwords) {
		return new AccountAdministration(jdbi, passwords);
	}

}
