package cn.jiangle.ecojustice.bot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.messages.Reply;

/** A small flow exercising every engine feature, with a plain String as the principal. */
final class DemoFlows {

	private DemoFlows() {
	}

	static FlowCatalog<String> catalog(List<Map<String, Object>> completed) {
		Flow<String> demo = Flow.<String>named("演示")
			.summary("演示流程")
			.menuKey("menu_demo")
			.access(principal -> "guest".equals(principal) ? Optional.of("访客不能使用「演示」。") : Optional.empty())
			.step(AskStep.<String>ask("name", "name", "请输入姓名。")
				.help("填写真实姓名。")
				.parse(input -> {
					if (input.length() > 10) {
						throw new InputRejected("姓名最多10个字。");
					}
					return input;
				}))
			.step(ChoiceStep.<String>choose("kind", "kind", "请选择类别：", List.of("甲", "乙", "其他"))
				.help("甲、乙为常见类别，其他请在下一步写明。"))
			.step(AskStep.<String>ask("kindDetail", "kindDetail", "请写明类别。")
				.when(context -> "其他".equals(context.data().text("kind").orElse(""))))
			.step(AskStep.<String>ask("age", "age", "请输入年龄。").parse(input -> {
				try {
					int age = Integer.parseInt(Commands.normalise(input));
					if (age >= 1 && age <= 120) {
						return Integer.toString(age);
					}
				}
				catch (NumberFormatException ex) {
					// fall through to the reason
				}
				throw new InputRejected("年龄应为1到120之间的整数。");
			}))
			.step(AskStep.<String>ask("item", "item", "请输入物品名称。")
				.storing((data, key, value) -> data.append("items", Map.of("name", value))))
			.step(new YesNoStep<>("more", "还有其他物品吗？", "item", "回复「是」再录入一件。"))
			.step(ConfirmStep.<String>confirm("请核对：", context -> {
				FlowData data = context.data();
				String kind = data.require("kind");
				return "姓名：" + Commands.quote(data.require("name")) + "\n类别："
						+ ("其他".equals(kind) ? "其他（" + Commands.quote(data.require("kindDetail")) + "）" : kind)
						+ "\n年龄：" + data.require("age") + "\n物品："
						+ String.join("、", data.records("items").stream().map(r -> r.get("name")).toList());
			}))
			.completes((speaker, principal, data) -> {
				if ("占用".equals(data.require("name"))) {
					throw InputRejected.at("name", "该姓名已被占用，请换一个。");
				}
				Map<String, Object> done = new LinkedHashMap<>(data.asMap());
				completed.add(done);
				return List.of(new Reply.Text("已完成：" + data.require("name")));
			});
		Flow<String> survey = Flow.<String>named("调查")
			.summary("另一个流程")
			.step(AskStep.<String>ask("q", "q", "请回答。"))
			.completes((speaker, principal, data) -> List.of(new Reply.Text("谢谢")));
		return new FlowCatalog<>(List.of(demo, survey));
	}

}
