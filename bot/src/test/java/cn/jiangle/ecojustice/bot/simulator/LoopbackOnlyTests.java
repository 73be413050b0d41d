package cn.jiangle.ecojustice.bot.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LoopbackOnlyTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1" })
	void loopbackAddressesAreLocal(String address) {
		assertThat(LoopbackOnly.isLoopback(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.5", "192.168.1.20", "fe80::1", "localhost.example.com", "evil", "" })
	void everythingElseIsRemote(String address) {
		assertThat(LoopbackOnly.isLoopback(address)).isFalse();
	}

	@Test
	void aRemoteRequestIsRefused() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/simulator");
		request.setRemoteAddr("203.0.113.7");

		assertThatExceptionOfType(RemoteAccessRefused.class)
			.isThrownBy(() -> new LoopbackOnly().preHandle(request, new MockHttpServletResponse(), new Object()));
	}

	@Test
	void aLocalRequestPasses() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/simulator");
		request.setRemoteAddr("127.0.0.1");

		assertThat(new LoopbackOnly().preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
	}

}
