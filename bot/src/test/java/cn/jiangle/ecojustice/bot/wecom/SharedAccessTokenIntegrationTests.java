package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.wecom.AccessTokens;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes share one access token through the database: they refresh it once between them, and a node holding
 * an outdated token picks up the one another node fetched instead of fetching yet another.
 */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
@Import(AccessTokens.class)
class SharedAccessTokenIntegrationTests {

	static final String CORP = "wwsharedtoken0001";

	@RegisterExtension
	static final FakeWeComApi api = FakeWeComApi.start(CORP, "shared-secret");

	@Autowired
	AccessTokens tokens;

	@Test
	void nodesRefreshOnceBetweenThemAndReuseEachOthersToken() throws Exception {
		try (Node first = new Node(); Node second = new Node(); Node third = new Node()) {
			api.delayTokens(300);
			List<CompletableFuture<String>> fetches = IntStream.range(0, 9)
				.mapToObj(i -> List.of(first, second, third).get(i % 3))
				.map(node -> CompletableFuture.supplyAsync(node::token))
				.toList();
			List<String> seen = fetches.stream().map(CompletableFuture::join).distinct().toList();
			assertThat(api.tokensIssued()).isEqualTo(1);
			assertThat(seen).hasSize(1);
			api.delayTokens(0);

			// WeCom expires the token: the first node to notice refreshes; the others adopt its token
			api.expireTokens();
			first.send("after expiry, node 1");
			assertThat(api.tokensIssued()).isEqualTo(2);
			second.send("after expiry, node 2");
			third.send("after expiry, node 3");
			assertThat(api.tokensIssued()).isEqualTo(2);
			assertThat(api.textsTo("shared.user")).containsExactly("after expiry, node 1", "after expiry, node 2",
					"after expiry, node 3");
		}
	}

	/** One application node's WeCom client, sharing only the database with the others. */
	private final class Node implements AutoCloseable {

		private final WeComHttpClient http;

		private final QuietWxCpService service = new QuietWxCpService();

		Node() {
			WeComProperties properties = CallbackVerifierTests.properties(CORP, 1000002, "shared-secret", "t",
					WeComCryptoTests.AES_KEY);
			WeComProperties pointed = new WeComProperties(properties.corpId(), properties.agentId(),
					properties.secret(), properties.token(), properties.aesKey(), java.net.URI.create(api.baseUrl()),
					null, properties.callback(), properties.dispatcher(), properties.outbox(), properties.kf(),
					properties.http(), properties.accessToken());
			http = new WeComHttpClient(pointed.http());
			service.setWxCpConfigStorage(new DatabaseTokenStorage(pointed, tokens, Clock.systemUTC(), http));
		}

		String token() {
			try {
				return service.getAccessToken();
			}
			catch (WxErrorException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void send(String text) throws WxErrorException {
			service.getMessageService().send(WxCpMessage.TEXT().toUser("shared.user").content(text).build());
		}

		@Override
		public void close() {
			http.close();
		}

	}

}
