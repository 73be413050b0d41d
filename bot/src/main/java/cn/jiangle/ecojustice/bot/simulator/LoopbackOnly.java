package cn.jiangle.ecojustice.bot.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps the simulator to this machine: whoever can use the page can act as any officer, so other machines are refused
 * unless the operator opts in.
 */
final class LoopbackOnly implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!isLoopback(request.getRemoteAddr())) {
			throw new RemoteAccessRefused();
		}
		return true;
	}

	static boolean isLoopback(String address) {
		if (address == null || address.isEmpty()) {
			return false;
		}
		// only literal addresses: getRemoteAddr() is always one, and a name must never trigger a DNS lookup
		if (!address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
