package io.keystonebi.api.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.PathParameter;
import org.junit.jupiter.api.Test;

import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ScopedObjectsTests {

	@Test
	void aMarkedOperationTellsWhichPathParameterNamesWhatKindOfObject() throws Exception {
		Operation operation = new Operation().addParametersItem(new PathParameter().name("contactId"));
		new ScopedObjects().customize(operation, handler("contact"));
		assertThat(operation.getExtensions()).containsEntry("x-scoped-object",
				Map.of("parameter", "contactId", "kind", "contact"));
	}

	@Test
	void anUnmarkedOperationIsLeftAlone() throws Exception {
		Operation operation = new Operation();
		new ScopedObjects().customize(operation, handler("unmarked"));
		assertThat(operation.getExtensions()).isNull();
	}

	@Test
	void aMarkThatNamesNoPathParameterStopsTheDocumentBeingBuilt() throws Exception {
		Operation operation = new Operation().addParametersItem(new PathParameter().name("id"));
		assertThatIllegalStateException().isThrownBy(() -> new ScopedObjects().customize(operation, handler("contact")))
			.withMessageContaining("path parameter 'contactId'");
	}

	private static HandlerMethod handler(String name) throws NoSuchMethodException {
		return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name));
	}

	static class Endpoints {

		@ScopedObject(parameter = "contactId", kind = ScopedObject.Kind.CONTACT)
		void contact() {
		}

		void unmarked() {
		}

	}

}
