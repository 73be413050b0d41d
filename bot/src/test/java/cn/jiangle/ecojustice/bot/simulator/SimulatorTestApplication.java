package cn.jiangle.ecojustice.bot.simulator;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The simulator alone on a real web server, without database, knowledge base or channel: its API emulation and
 * callback client are tested against {@link RecordingCallbackEndpoint}. The full application is exercised by
 * {@link SimulatorBrowserIntegrationTests}. {@code @TestComponent} keeps it out of full-application scans.
 */
@TestComponent
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		ValidationAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
		MultipartAutoConfiguration.class })
@Import({ SimulatorConfiguration.class, SimulatedWeComApi.class, SimulatedMedia.class, SimulatorPage.class,
		SimulatorAttachments.class,
		SimulatorProblems.class, RecordingCallbackEndpoint.class })
class SimulatorTestApplication {

}
