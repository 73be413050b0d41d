package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * WeCom's callback URL. Thin on purpose: verify, store, acknowledge at once (an empty 200, or a sealed passive reply
 * for a card click); the answer is produced later by the dispatcher, well inside WeCom's 5-second limit.
 */
@RestController
@RequestMapping("/wecom/callback")
@ConditionalOnWebApplication
class CallbackController {

	private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

	private final CallbackVerifier verifier;

	private final InboundIntake intake;

	private final Clock clock;

	private final long maxBodyBytes;

	CallbackController(CallbackVerifier verifier, InboundIntake intake, WeComProperties properties,
			ObjectProvider<Clock> clocks) {
		this.verifier = verifier;
		this.intake = intake;
		this.clock = clocks.getIfAvailable(Clock::systemUTC);
		this.maxBodyBytes = properties.callback().maxBodySize().toBytes();
	}

	// no produces= on the mappings: a rejection must still be answered as application/problem+json
	@GetMapping
	ResponseEntity<String> verifyUrl(@RequestParam("msg_signature") String signature,
			@RequestParam("timestamp") String timestamp, @RequestParam("nonce") String nonce,
			@RequestParam("echostr") String echostr) {
		String echo = verifier.verifyUrl(signature, timestamp, nonce, echostr);
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echo);
	}

	@PostMapping
	ResponseEntity<String> receive(@RequestParam("msg_signature") String signature,
			@RequestParam("timestamp") String timestamp, @RequestParam("nonce") String nonce,
			HttpServletRequest request) throws IOException {
		byte[] body = readBounded(request);
		Map<String, String> fields = verifier.open(signature, timestamp, nonce, body);
		InboundIntake.Intake accepted = intake.accept(fields,
				new SpooledCallback(signature, timestamp, nonce, body, clock.instant()));
		switch (accepted.outcome()) {
			case STORED -> {
				// the committer kicks the dispatcher once per batch
			}
			case REPEATED -> log.debug("WeCom callback repeated a stored delivery");
			case SPOOLED -> log.debug("WeCom callback spooled while the database is unreachable");
		}
		String reply = accepted.passiveReply() == null ? "" : verifier.seal(accepted.passiveReply());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(reply);
	}

	/** Neither the database nor the spool could keep the callback: 503, so WeCom delivers it again. */
	@ExceptionHandler(CallbackSpoolFull.class)
	ResponseEntity<ProblemDetail> unavailable(CallbackSpoolFull failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"database unreachable and " + failure.getMessage());
		problem.setTitle("WeCom callback not stored");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(CallbackRejected.class)
	ResponseEntity<ProblemDetail> rejected(CallbackRejected rejection, HttpServletRequest request) {
		log.warn("WeCom callback from {} rejected: {}", request.getRemoteAddr(), rejection.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(rejection.status(), rejection.getMessage());
		problem.setTitle("WeCom callback rejected");
		return ResponseEntity.status(rejection.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Reads at most the configured number of bytes; a larger body is refused without reading the rest. */
	private byte[] readBounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBodyBytes) {
			throw new CallbackRejected.TooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
			if (body.length > maxBodyBytes) {
				throw new CallbackRejected.TooLarge();
			}
			return body;
		}
	}

}
