package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.locks.Lock;

import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.common.enums.WxType;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.common.util.http.SimpleGetRequestExecutor;
import me.chanjar.weixin.common.util.http.SimplePostRequestExecutor;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.WxCpConfigStorage;
import me.chanjar.weixin.cp.constant.WxCpApiPathConsts;

/**
 * WxJava's service with its request loop and token fetch replaced: one attempt per call (the outbox owns retries; WxJava's own loop
 * sleeps up to ~31 s and, with retries set to 0, turns every error into a message without its errcode), one token
 * refresh on 40001/40014/42001, and no logging of request URLs (they carry the access token or the robot key) or of
 * request bodies (message text).
 */
final class QuietWxCpService extends WxCpServiceImpl {

	static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

	QuietWxCpService() {
		setMaxRetryTimes(0);
		setRetrySleepMillis(0);
	}

	/**
	 * Fetches the token through the shared HTTP client (WxJava 4.7.3.B's own version closes that client after every
	 * gettoken), under the storage's lock so one node at a time refreshes.
	 */
	@Override
	public String getAccessToken(boolean forceRefresh) throws WxErrorException {
		WxCpConfigStorage storage = getWxCpConfigStorage();
		if (!forceRefresh && !storage.isAccessTokenExpired()) {
			return storage.getAccessToken();
		}
		Lock lock = storage.getAccessTokenLock();
		// taken before the try: a lock() that fails holds nothing (it releases its own parts), so there is nothing to
		// unlock, and unlocking a lock this thread does not hold would throw over the original failure
		lock.lock();
		try {
			// another thread or node may have refreshed while this one waited for the lock
			if (!forceRefresh && !storage.isAccessTokenExpired()) {
				return storage.getAccessToken();
			}
			String url = String.format(storage.getApiUrl(WxCpApiPathConsts.GET_TOKEN), storage.getCorpId(),
					storage.getCorpSecret());
			String response = SimpleGetRequestExecutor.create(this).execute(url, null, WxType.CP);
			WxAccessToken token = WxAccessToken.fromJson(response);
			storage.updateAccessToken(token.getAccessToken(), token.getExpiresIn());
		}
		catch (IOException ex) {
			throw new WxRuntimeException(ex);
		}
		finally {
			lock.unlock();
		}
		return storage.getAccessToken();
	}

	@Override
	public <T, E> T execute(RequestExecutor<T, E> executor, String uri, E data) throws WxErrorException {
		return executeOnce(executor, uri, data, true);
	}

	@Override
	public String postWithoutToken(String url, String postData) throws WxErrorException {
		try {
			return SimplePostRequestExecutor.create(this).execute(url, postData, WxType.CP);
		}
		catch (IOException ex) {
			throw new WxRuntimeException(ex);
		}
	}

	private <T, E> T executeOnce(RequestExecutor<T, E> executor, String uri, E data, boolean mayRefresh)
			throws WxErrorException {
		if (uri.contains("access_token=")) {
			throw new IllegalArgumentException("the access token is added by the service, not by callers");
		}
		String accessToken = getAccessToken(false);
		String withToken = uri + (uri.contains("?") ? "&" : "?") + "access_token=" + accessToken;
		try {
			return executor.execute(withToken, data, WxType.CP);
		}
		catch (WxErrorException ex) {
			if (mayRefresh && TOKEN_ERRORS.contains(ex.getError().getErrorCode())) {
				getWxCpConfigStorage().expireAccessToken();
				return executeOnce(executor, uri, data, false);
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new WxRuntimeException(ex);
		}
	}

}
