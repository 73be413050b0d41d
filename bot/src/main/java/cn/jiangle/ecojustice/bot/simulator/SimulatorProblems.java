package cn.jiangle.ecojustice.bot.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the simulator's refusals once, as ProblemDetail with a Chinese {@code detail} the page shows as is. */
@SimulatorActive
@RestControllerAdvice(assignableTypes = { SimulatorPage.class, SimulatorAttachments.class, SimulatedWeComApi.class })
class SimulatorProblems {

	private static final Logger log = LoggerFactory.getLogger(SimulatorProblems.class);

	@ExceptionHandler(UnacceptableInput.class)
	ProblemDetail unacceptable(UnacceptableInput ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("输入无效");
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(RemoteAccessRefused.class)
	ProblemDetail remote(RemoteAccessRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("仅限本机访问");
		return problem;
	}

	@ExceptionHandler(CallbackUnreachable.class)
	ProblemDetail unreachable(CallbackUnreachable ex) {
		log.warn("Simulator could not deliver a callback: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"回调地址 /wecom/callback 没有应答，消息未送达");
		problem.setTitle("回调失败");
		return problem;
	}

	@ExceptionHandler(PassiveReplyInvalid.class)
	ProblemDetail badPassiveReply(PassiveReplyInvalid ex) {
		log.warn("Simulator discarded a passive reply: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"应用的被动回复无法通过验签或解密，企业微信会丢弃它");
		problem.setTitle("被动回复无效");
		return problem;
	}

}
