package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.HttpHost;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The HTTP client WxJava uses for every WeCom call, owned by this application instead of WxJava's JVM-wide singleton
 * builder: bounded timeouts, a pool sized from settings, no automatic retries (the outbox owns retrying), closed with
 * the application context.
 */
final class WeComHttpClient implements ApacheHttpClientBuilder, AutoCloseable {

	private final WeComProperties.Http settings;

	private String proxyHost;

	private int proxyPort;

	private CloseableHttpClient client;

	WeComHttpClient(WeComProperties.Http settings) {
		this.settings = settings;
	}

	@Override
	public synchronized CloseableHttpClient build() {
		if (client == null) {
			PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(60, TimeUnit.SECONDS);
			pool.setMaxTotal(settings.maxConnections());
			pool.setDefaultMaxPerRoute(settings.maxConnections());
			pool.setValidateAfterInactivity(2_000);
			RequestConfig.Builder timeouts = RequestConfig.custom()
				.setConnectTimeout(millis(settings.connectTimeout()))
				.setConnectionRequestTimeout(millis(settings.connectTimeout()))
				.setSocketTimeout(millis(settings.readTimeout()));
			if (proxyHost != null) {
				timeouts.setProxy(new HttpHost(proxyHost, proxyPort));
			}
			client = HttpClients.custom()
				.setConnectionManager(pool)
				.setDefaultRequestConfig(timeouts.build())
				.disableAutomaticRetries()
				.disableCookieManagement()
				.disableRedirectHandling()
				.evictIdleConnections(30, TimeUnit.SECONDS)
				.setUserAgent("ecojustice-wecom")
				.build();
		}
		return client;
	}

	@Override
	public synchronized void close() {
		if (client != null) {
			try {
				client.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			client = null;
		}
	}

	@Override
	public ApacheHttpClientBuilder httpProxyHost(String host) {
		this.proxyHost = host;
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpProxyPort(int port) {
		this.proxyPort = port;
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpProxyUsername(String username) {
		// WxJava always passes the (unset) proxy credentials through; only real ones are refused
		if (username != null) {
			throw new UnsupportedOperationException("authenticating proxies are not supported for WeCom calls");
		}
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpProxyPassword(String password) {
		if (password != null) {
			throw new UnsupportedOperationException("authenticating proxies are not supported for WeCom calls");
		}
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
		throw new UnsupportedOperationException("WeCom calls are never retried by the HTTP client");
	}

	@Override
	public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
		throw new UnsupportedOperationException("keep-alive is fixed by settings");
	}

	@Override
	public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
		throw new UnsupportedOperationException("TLS uses the JVM's trust store");
	}

	private static int millis(java.time.Duration duration) {
		return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
	}

}
