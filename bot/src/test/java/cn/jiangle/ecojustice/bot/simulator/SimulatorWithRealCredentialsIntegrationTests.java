package cn.jiangle.ecojustice.bot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** With real WeCom credentials the simulator does not exist, and asking for it explicitly stops startup. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { SimulatorWithRealCredentialsIntegrationTests.CORP_ID,
				SimulatorWithRealCredentialsIntegrationTests.SECRET, "wecom.agent-id=1000017", "wecom.token=QDG6eK",
				"wecom.aes-key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C" })
@ExtendWith(OutputCaptureExtension.class)
class SimulatorWithRealCredentialsIntegrationTests {

	static final String CORP_ID = "wecom.corp-id=wx5823bf96d3bd56c7";

	static final String SECRET = "wecom.secret=a-real-looking-secret";

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	@Test
	void noSimulatorBeansExist() {
		assertThat(context.getBeansOfType(Simulator.class)).isEmpty();
		assertThat(context.getBeansOfType(SimulatedWeComApi.class)).isEmpty();
		assertThat(context.getBeansOfType(SimulatorPage.class)).isEmpty();
		assertThat(environment.getProperty("wecom.corp-id")).isEqualTo("wx5823bf96d3bd56c7");
		assertThat(environment.getProperty("wecom.api-base-url")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/simulator", "/simulator/assets/simulator.js", "/simulator/transcript",
			"/simulator/api/cgi-bin/gettoken?corpid=wx5823bf96d3bd56c7&corpsecret=a-real-looking-secret" })
	void noSimulatorEndpointsExist(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void explicitlyEnablingTheSimulatorNextToRealCredentialsStopsStartup(CapturedOutput output) {
		SpringApplication application = new SpringApplicationBuilder(SimulatorTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties(CORP_ID, SECRET, "ecojustice.simulator.enabled=true")
			.build();

		assertThatExceptionOfType(SimulatorConflictsWithRealCredentials.class).isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("cannot be combined with real WeCom credentials")
			.contains("remove wecom.corp-id and wecom.secret");
	}

}
