<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Keepsake</name>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="29" />
      <source>Please get help now</source>
      <translation>请现在就寻求帮助</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="30" />
      <source>Keepsake has paused the conversation</source>
      <translation>Keepsake 暂停了这次对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="36" />
      <source>What you said sounds like you may be in danger right now. Keepsake has stopped the portrait. Please call your emergency number or one of these helplines now, or ask someone near you to stay with you. You do not have to go through this alone.</source>
      <translation>你刚才说的话听起来，你现在可能有危险。Keepsake 已经让画像停下了。请现在就拨打急救电话或下面的求助热线，或者请身边的人陪着你。你不必独自面对这一切。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="41" />
      <source>It sounds like this is very heavy. Are you thinking about ending your life? Whatever the answer, you can tell me here. Help is close by, at any hour.</source>
      <translation>听起来你心里压着很重的东西。你是不是在想结束自己的生命？无论答案是什么，都可以在这里告诉我。任何时候，帮助都离你很近。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="50" />
      <source>Thank you for telling me. That took courage. Please talk to someone now: call one of these helplines, or someone you trust. You do not have to carry this alone.</source>
      <translation>谢谢你告诉我，这需要勇气。请现在就找人说说：拨打下面的求助热线，或者打给你信任的人。你不必一个人扛着。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="55" />
      <source>Thank you for answering. I am glad you told me. If those thoughts ever come, the helplines are always here, under Support. You can go back to the conversation whenever you are ready.</source>
      <translation>谢谢你回答我，很高兴你愿意告诉我。如果那样的念头出现，求助热线一直都在“支持”里。你准备好了，随时可以回到对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="60" />
      <source>I want to be sure you are safe. Are you thinking about ending your life? You can answer yes or no, in your own words.</source>
      <translation>我想确认你是安全的。你是不是在想结束自己的生命？你可以用自己的话回答“是”或“不是”。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="69" />
      <source>Call {0}: {1}</source>
      <translation>打给{0}：{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="70" />
      <source>Call {0}</source>
      <translation>打给{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="74" />
      <source>{0} (emergency)</source>
      <translation>{0}（紧急）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="75" />
      <source>call {0}</source>
      <translation>拨打 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="76" />
      <source>call or text {0}</source>
      <translation>拨打或发短信至 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="77" />
      <source>text {0}</source>
      <translation>发短信至 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/crisis_wording.py" line="78" />
      <source>call your local emergency number</source>
      <translation>拨打当地的紧急电话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/gate.py" line="53" />
      <source>They could not be verified, so the strictest setting applies for now.</source>
      <translation>无法核实这些限制，因此暂时采用最严格的设置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/gate.py" line="55" />
      <source>The usage limits or the usage record were changed outside Keepsake on {0}, so the strictest setting applies until the therapist enters the PIN again.</source>
      <translation>使用限制或使用记录于 {0} 在 Keepsake 之外被更改，因此在治疗师再次输入 PIN 之前，采用最严格的设置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="36" />
      <source>No usage limits are set.</source>
      <translation>未设置使用限制。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="40" />
      <source>A conversation lasts at most {0} minutes.</source>
      <translation>每次对话最长 {0} 分钟。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="44" />
      <source>Up to {0} conversation(s) a week, counted from Monday.</source>
      <translation>每周最多 {0} 次对话，从周一开始计算。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="47" />
      <source>From {0} {1}: {2} conversation(s) a week.</source>
      <translation>自 {1} 年 {0} 起：每周 {2} 次对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="52" />
      <source>Up to {0} conversation(s) a day.</source>
      <translation>每天最多 {0} 次对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="55" />
      <source>At least {0} between conversations.</source>
      <translation>两次对话之间至少间隔 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="59" />
      <source>Conversations between {0} and {1}.</source>
      <translation>对话时间为 {0} 至 {1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="69" />
      <source>{0} hour</source>
      <translation>{0} 小时</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="69" />
      <source>{0} hours</source>
      <translation>{0} 小时</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="70" />
      <source>{0} minutes</source>
      <translation>{0} 分钟</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="84" />
      <source>today at {0}</source>
      <translation>今天 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="86" />
      <source>tomorrow at {0}</source>
      <translation>明天 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="87" />
      <source>{0} at {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="99" />
      <source>A conversation is possible now.</source>
      <translation>现在可以开始对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="101" />
      <source>It is outside the hours agreed for conversations.</source>
      <translation>现在不在约定的对话时间内。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="102" />
      <source>It is a little soon after the last conversation.</source>
      <translation>距离上一次对话还有点近。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="103" />
      <source>Today's conversations have been had.</source>
      <translation>今天的对话已经进行过了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="104" />
      <source>This week's conversations have been had.</source>
      <translation>本周的对话已经进行过了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="105" />
      <source>The usage limits could not be verified (they may have been changed outside Keepsake), so conversations are paused until the therapist's PIN is entered again in Therapist settings.</source>
      <translation>无法核实使用限制（可能在 Keepsake 之外被改动过），因此对话暂停，直到治疗师在“治疗师设置”中重新输入 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="115" />
      <source> The next conversation is possible {0}.</source>
      <translation> 下一次对话可以在{0}开始。</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="93" />
      <source>needs about {0} MB of memory; this PC has {1} MB</source>
      <translation>需要约 {0} MB 内存；这台电脑有 {1} MB</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="102" />
      <source>too slow here (about {0:.0f} tokens a second)</source>
      <translation>在这台电脑上太慢（每秒约 {0:.0f} 个词元）</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="104" />
      <source>about {0:.0f} tokens a second here</source>
      <translation>在这台电脑上每秒约 {0:.0f} 个词元</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="108" />
      <source>too slow here to follow speech comfortably</source>
      <translation>在这台电脑上太慢，难以跟上说话</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="110" />
      <source>understands speech {0:.0f}× faster than spoken</source>
      <translation>识别语音的速度是说话速度的 {0:.0f} 倍</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="112" />
      <source>fits in memory (run “keepsake bench” to estimate its speed)</source>
      <translation>内存足够（运行“keepsake bench”可估计速度）</translation>
    </message>
    <message>
      <location filename="../../../desktop/models/fit.py" line="113" />
      <source>fits this PC</source>
      <translation>适合这台电脑</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="58" />
      <source>Keepsake</source>
      <translation>Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="70" />
      <source>Help, at any hour:</source>
      <translation>随时可以求助：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="76" />
      <source>Keepsake never calls or messages anyone for you.</source>
      <translation>Keepsake 从不替你给任何人打电话或发消息。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="78" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="79" />
      <source>No</source>
      <translation>没有</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="80" />
      <source>I'm safe now, go on</source>
      <translation>我现在安全了，继续</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="81" />
      <source>End the call</source>
      <translation>结束通话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="135" />
      <source>Please talk to someone now</source>
      <translation>请现在就找人说说</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/crisis_panel.py" line="145" />
      <source>Go back to the conversation</source>
      <translation>回到对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="22" />
      <source>1 · very low</source>
      <translation>1 · 很低落</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="23" />
      <source>2 · low</source>
      <translation>2 · 低落</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="24" />
      <source>3 · so-so</source>
      <translation>3 · 一般</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="25" />
      <source>4 · all right</source>
      <translation>4 · 还好</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="26" />
      <source>5 · good</source>
      <translation>5 · 好</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="35" />
      <source>How are you feeling?</source>
      <translation>你感觉怎么样？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="38" />
      <source>How are you feeling after the call?</source>
      <translation>通话之后你感觉怎么样？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="40" />
      <source>How are you feeling right now?</source>
      <translation>你现在感觉怎么样？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="42" />
      <source>Only if you want to: this stays in your journal, and you can skip it.</source>
      <translation>只在你愿意时填写：这会保存在你的日记中，你也可以跳过。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="53" />
      <source>A few words, if you like</source>
      <translation>愿意的话，写几个词</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="55" />
      <source>A note about this conversation (optional)</source>
      <translation>关于这次对话的备注（可选）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="57" />
      <source>Don't ask me this again</source>
      <translation>不要再问我</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="59" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="60" />
      <source>Skip</source>
      <translation>跳过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/portrait_preview.py" line="18" />
      <source>Keepsake — portrait preview</source>
      <translation>Keepsake — 肖像预览</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/portrait_preview.py" line="24" />
      <source>How the portrait moves</source>
      <translation>肖像如何动</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/portrait_preview.py" line="25" />
      <source>Drag a point to correct it</source>
      <translation>拖动标记点进行修正</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/portrait_widget.py" line="152" />
      <source>AI portrait</source>
      <translation>AI 肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="58" />
      <source>Getting ready…</source>
      <translation>正在准备…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="59" />
      <source>Listening</source>
      <translation>正在听</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="60" />
      <source>Thinking…</source>
      <translation>正在思考…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="61" />
      <source>Speaking</source>
      <translation>正在说话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="62" />
      <source>Call ended</source>
      <translation>通话已结束</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="151" />
      <source>Time left in this conversation, as agreed in the usage limits</source>
      <translation>本次对话剩余的时间，按使用限制的约定</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="155" />
      <source>This is an AI made from memories, not the real person</source>
      <translation>这是根据回忆做成的 AI，不是真人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="157" />
      <source>Support</source>
      <translation>支持</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="159" />
      <source>Helplines and support, if you need someone to talk to</source>
      <translation>求助热线和支持，如果你需要有人倾诉</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="173" />
      <source>Type instead of speaking, then press Enter</source>
      <translation>可以打字代替说话，然后按 Enter</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="175" />
      <source>Mute microphone</source>
      <translation>关闭麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="178" />
      <source>Hold to talk (space)</source>
      <translation>按住说话（空格键）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="183" />
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="185" />
      <source>Stop listening and speaking for a moment; the call stays open</source>
      <translation>暂时停止聆听和说话；通话保持打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="187" />
      <source>End call</source>
      <translation>结束通话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="203" />
      <source>No microphone or speaker was found: you can talk by typing and read the replies.</source>
      <translation>没有找到麦克风或扬声器：你可以打字交谈并阅读回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="207" />
      <source>No microphone was found: you can talk by typing.</source>
      <translation>没有找到麦克风：你可以打字交谈。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="208" />
      <source>No speaker was found: replies are shown as captions.</source>
      <translation>没有找到扬声器：回复以字幕显示。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="224" />
      <source>You</source>
      <translation>你</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="241" />
      <source> (interrupted)</source>
      <translation>（被打断）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="250" />
      <source>I didn't catch that. Please say it again, or type.</source>
      <translation>我没听清。请再说一遍，或者打字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="270" />
      <source>Paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="290" />
      <source>said in life</source>
      <translation>生前说过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="321" />
      <source>Unmute microphone</source>
      <translation>打开麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="329" />
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="330" />
      <source>Paused. Take all the time you need.</source>
      <translation>已暂停。你需要多久都可以。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="349" />
      <source>Our time is up for today.</source>
      <translation>今天的时间到了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="65" />
      <source>Sound could not be started: you can talk by typing and read the replies.</source>
      <translation>无法启动声音：你可以打字交谈并阅读回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="80" />
      <source>Your edited crisis word list could not be read, so the list that came with Keepsake is used ({0}).</source>
      <translation>你修改过的危机词表无法读取，因此使用 Keepsake 自带的词表（{0}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="88" />
      <source>No speech recognition for this language is installed, so you talk by typing. Settings → Models offers one.</source>
      <translation>没有安装这种语言的语音识别，所以请打字交谈。可以在“设置 → 模型”中获取。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="92" />
      <source>No voice for this language is installed, so replies are shown as captions. Settings → Models offers one.</source>
      <translation>没有安装这种语言的声音，所以回复以字幕显示。可以在“设置 → 模型”中获取。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="105" />
      <source>Your letter to {0} is in the journal, and the portrait is retired.</source>
      <translation>你写给{0}的信已保存在日记中，肖像已退休。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="123" />
      <source>Retire {0}'s portrait?</source>
      <translation>让{0}的肖像退休吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="124" />
      <source>Your conversations with {0} stay in the journal. Calls will no longer be offered; you can bring the portrait back later if you need to.</source>
      <translation>你和{0}的对话会保留在日记中。之后不再提供通话；如果需要，你以后可以把肖像找回来。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="139" />
      <source>Bring {0}'s portrait back?</source>
      <translation>把{0}的肖像找回来吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="140" />
      <source>Calls with {0} will be offered again. If saying goodbye was agreed with a therapist, it may help to talk it over with them first.</source>
      <translation>将再次提供与{0}的通话。如果告别是和治疗师商量好的，最好先和治疗师谈一谈。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="151" />
      <source>Therapist PIN</source>
      <translation>治疗师 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="152" />
      <source>The therapist's PIN:</source>
      <translation>治疗师的 PIN：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="160" />
      <source>Not brought back</source>
      <translation>没有找回</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="32" />
      <source>Say goodbye to {0}</source>
      <translation>与{0}告别</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="35" />
      <source>&lt;p&gt;When you feel ready, you can say goodbye to {0}'s portrait.&lt;/p&gt;&lt;p&gt;You can have one last conversation, or write a letter. Afterwards the portrait is retired: every conversation stays in your journal to re-read, but calls are no longer offered. Later you can put the portrait away or delete it, and you can bring it back if you need to.&lt;/p&gt;&lt;p&gt;There is no hurry.&lt;/p&gt;</source>
      <translation>&lt;p&gt;当你准备好时，可以与{0}的肖像告别。&lt;/p&gt;&lt;p&gt;你可以进行最后一次对话，或者写一封信。之后肖像会退休：每一次对话都保留在日记里供你重读，但不再提供通话。以后你可以把肖像收起来或删除，如果需要，也可以把它找回来。&lt;/p&gt;&lt;p&gt;不用着急。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="45" />
      <source>Have a last conversation</source>
      <translation>进行最后一次对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="46" />
      <source>Write a letter</source>
      <translation>写一封信</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="53" />
      <source>Dear {0}, … (the letter is kept in your journal)</source>
      <translation>亲爱的{0}，……（这封信会保存在你的日记中）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="60" />
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="61" />
      <source>Not now</source>
      <translation>以后再说</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="79" />
      <source>Write your letter first, or choose a last conversation.</source>
      <translation>请先写信，或者选择最后一次对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="27" />
      <source>Not just now</source>
      <translation>现在还不行</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="36" />
      <source>In the meantime, you could read your past conversations, or write down what you would like to say next time.</source>
      <translation>在这段时间里，你可以重读过去的对话，或者写下下次想说的话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="42" />
      <source>Open the journal</source>
      <translation>打开日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="45" />
      <source>Write in the journal</source>
      <translation>写日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="47" />
      <source>Back to the portraits</source>
      <translation>回到肖像墙</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="81" />
      <source>The limits that apply: </source>
      <translation>适用的限制：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/limit_screen.py" line="83" />
      <source> They were agreed to help these conversations support your grieving.</source>
      <translation>这些限制是为了让对话能更好地陪伴你度过哀伤而约定的。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="27" />
      <source>Your edited list ({0}) could not be read, so the list that came with Keepsake is shown.</source>
      <translation>无法读取你编辑过的列表（{0}），因此显示 Keepsake 自带的列表。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="40" />
      <source>United States</source>
      <translation>美国</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="41" />
      <source>Canada</source>
      <translation>加拿大</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="42" />
      <source>United Kingdom and Ireland</source>
      <translation>英国和爱尔兰</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="43" />
      <source>Australia</source>
      <translation>澳大利亚</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="44" />
      <source>Germany</source>
      <translation>德国</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="45" />
      <source>China (中国)</source>
      <translation>中国</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="46" />
      <source>Taiwan (台灣)</source>
      <translation>台湾</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="47" />
      <source>Anywhere</source>
      <translation>任何地方</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="48" />
      <source>Emergency services</source>
      <translation>紧急服务</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="49" />
      <source>急救 (Ambulance)</source>
      <translation>急救</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="50" />
      <source>报警 (Police)</source>
      <translation>报警</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="51" />
      <source>救護車 (Ambulance)</source>
      <translation>救护车</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="80" />
      <source>&lt;p&gt;If you are struggling, you do not have to carry it alone. Talking to someone who can help, a friend, your doctor or a helpline, is a good thing to do.&lt;/p&gt;&lt;p&gt;</source>
      <translation>&lt;p&gt;如果你很难受，你不必独自承受。和能帮助你的人谈谈，无论是朋友、医生还是求助热线，都是好的选择。&lt;/p&gt;&lt;p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="105" />
      <source>Edit the list…</source>
      <translation>编辑列表…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/support.py" line="106" />
      <source>Add your country's helplines or people you trust</source>
      <translation>添加你所在国家的求助热线，或你信任的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="61" />
      <source>Change the PIN</source>
      <translation>更改 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="61" />
      <source>Choose a therapist PIN</source>
      <translation>设置治疗师 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="62" />
      <source>current PIN</source>
      <translation>当前 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="64" />
      <source>6 to 12 digits</source>
      <translation>6 到 12 位数字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="65" />
      <source>the same again</source>
      <translation>再输入一次</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="70" />
      <source>Current PIN</source>
      <translation>当前 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="71" />
      <source>New PIN</source>
      <translation>新 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="72" />
      <source>Repeat</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="76" />
      <source>With a PIN, the limits can only be changed by whoever knows it.</source>
      <translation>设置 PIN 后，只有知道 PIN 的人才能更改限制。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="84" />
      <source>The two PINs are not the same.</source>
      <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="94" />
      <source>Usage report</source>
      <translation>使用报告</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="96" />
      <source>PDF (to print or bring along)</source>
      <translation>PDF（打印或随身携带）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="97" />
      <source>CSV (for a spreadsheet)</source>
      <translation>CSV（用于电子表格）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="98" />
      <source>Include what was said in the conversations (PDF only)</source>
      <translation>包括对话中说过的话（仅 PDF）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="100" />
      <source>Include how often Keepsake paused a conversation for my safety (counts by week)</source>
      <translation>包括 Keepsake 为了我的安全暂停对话的次数（按周统计）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="103" />
      <source>Only the number of pauses each week goes in, never what was said or shown.</source>
      <translation>只写入每周暂停的次数，绝不包括说过或显示过的内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="106" />
      <source>The report shows when and how long conversations were, and the mood check-ins. The words of the conversations stay private unless you include them.</source>
      <translation>报告显示对话的时间和时长，以及心情记录。除非你选择包括，对话的内容会保持私密。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="135" />
      <source>Usage limits and therapist settings</source>
      <translation>使用限制和治疗师设置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="144" />
      <source>therapist PIN</source>
      <translation>治疗师 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="146" />
      <source>The limits that apply</source>
      <translation>适用的限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="153" />
      <source>PIN to save changes:</source>
      <translation>保存更改所需的 PIN：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="165" />
      <source>Change the limits</source>
      <translation>更改限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="168" />
      <source>Longest conversation</source>
      <translation>每次对话最长</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="169" />
      <source> minutes</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="170" />
      <source>Conversations a week</source>
      <translation>每周对话次数</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="172" />
      <source>Conversations a day</source>
      <translation>每天对话次数</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="174" />
      <source>Shortest gap between two</source>
      <translation>两次对话的最短间隔</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="175" />
      <source> hours</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="176" />
      <source>Only between</source>
      <translation>只在以下时间</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="181" />
      <source>Taper: one fewer every</source>
      <translation>逐步减少：每隔</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="182" />
      <source> weeks</source>
      <translation> 周减少一次</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="183" />
      <source> a week at the least</source>
      <translation> 次/周（最少）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="189" />
      <source>and</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="190" />
      <source>down to</source>
      <translation>减到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="200" />
      <source>Save limits</source>
      <translation>保存限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="203" />
      <source>Remove all limits</source>
      <translation>取消所有限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="207" />
      <source>Usage report…</source>
      <translation>使用报告…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="209" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="230" />
      <source>Until the therapist enters the PIN and saves the limits again, there are no conversations. The journal stays open.</source>
      <translation>在治疗师输入 PIN 并重新保存限制之前，暂停所有对话。日记仍可打开。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="240" />
      <source> This PIN was chosen when PINs could be shorter; please choose a new one of at least 6 digits.</source>
      <translation> 这个 PIN 是在允许较短 PIN 时设置的；请选择一个至少 6 位数字的新 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="248" />
      <source>Therapist mode is on: changing the limits needs the PIN.</source>
      <translation>治疗师模式已开启：更改限制需要 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="250" />
      <source>No PIN is set: anyone using this computer can change these limits. A therapist can choose a PIN so that only they can.</source>
      <translation>未设置 PIN：使用这台电脑的任何人都可以更改这些限制。治疗师可以设置 PIN，这样只有他们能更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="257" />
      <source>Change the PIN…</source>
      <translation>更改 PIN…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="257" />
      <source>Choose a PIN…</source>
      <translation>设置 PIN…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="313" />
      <source>The new limits are saved.</source>
      <translation>新的限制已保存。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="316" />
      <source>All limits are removed.</source>
      <translation>所有限制已取消。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="338" />
      <source>The PIN is saved. Keep it somewhere safe.</source>
      <translation>PIN 已保存。请妥善保管。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="347" />
      <source>Save the usage report</source>
      <translation>保存使用报告</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="354" />
      <source>The report ({0} conversations) is saved as {1}. The file is not encrypted.</source>
      <translation>报告（{0} 次对话）已保存为 {1}。该文件没有加密。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/i18n.py" line="36" />
      <source>dddd d MMMM</source>
      <translation>M月d日 dddd</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="74" />
      <source>Export to</source>
      <translation>导出到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="85" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="89" />
      <source>{0} conversations exported to {1}. The file is not encrypted.</source>
      <translation>已将 {0} 次对话导出到 {1}。该文件没有加密。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="94" />
      <source>The export failed: {0}</source>
      <translation>导出失败：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="109" />
      <source>Deleting…</source>
      <translation>正在删除…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="42" />
      <source>Write an entry</source>
      <translation>写一篇日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="44" />
      <source>Not about anyone in particular</source>
      <translation>不针对特定的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="46" />
      <source>A letter to Mum, a memory of today…</source>
      <translation>给妈妈的信，今天的一段回忆……</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="49" />
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="50" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="71" />
      <source>Export the journal</source>
      <translation>导出日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="73" />
      <source>Only the selected conversation</source>
      <translation>只导出选中的对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="78" />
      <source>PDF (to print or bring to a therapist)</source>
      <translation>PDF（打印或带给治疗师）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="79" />
      <source>Web page (HTML)</source>
      <translation>网页（HTML）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="80" />
      <source>Text (Markdown)</source>
      <translation>文本（Markdown）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="81" />
      <source>Data (JSON)</source>
      <translation>数据（JSON）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="84" />
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="91" />
      <source>Include the consent sheet</source>
      <translation>包括同意书</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="93" />
      <source>Include a usage summary</source>
      <translation>包括使用摘要</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="95" />
      <source>Exported files are not encrypted: anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation>导出的文件没有加密：任何能打开文件的人都能读到内容。请把它放在私密的地方，不再需要时删除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="99" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="100" />
      <source>Conversations with</source>
      <translation>对话对象</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="101" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="102" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/pdf_export.py" line="19" />
      <source>Keepsake journal</source>
      <translation>Keepsake 日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="53" />
      <source>← Portrait wall</source>
      <translation>← 肖像墙</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="56" />
      <source>Journal</source>
      <translation>日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="58" />
      <source>Write an entry…</source>
      <translation>写一篇日记…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="60" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="72" />
      <source>Search everything you both said and wrote…</source>
      <translation>搜索你们说过和写过的一切…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="86" />
      <source>Delete this…</source>
      <translation>删除这一项…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="88" />
      <source>Delete all conversations with this person…</source>
      <translation>删除与此人的所有对话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="131" />
      <source>{0}&lt;br&gt;{1}</source>
      <translation>{0}&lt;br&gt;{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="159" />
      <source>&lt;p style='color:#7a7168'&gt;Nothing here yet. Conversations appear here as they happen; you can also write an entry.&lt;/p&gt;</source>
      <translation>&lt;p style='color:#7a7168'&gt;这里还没有内容。对话进行时会出现在这里；你也可以写一篇日记。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="184" />
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p style='color:#7a7168'&gt;{1:%A %d %B %Y}&lt;/p&gt;&lt;p&gt;{2}&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p style='color:#7a7168'&gt;{1:%Y年%m月%d日}&lt;/p&gt;&lt;p&gt;{2}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="185" />
      <source>Entry</source>
      <translation>日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="194" />
      <source>this conversation</source>
      <translation>这次对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="194" />
      <source>this entry</source>
      <translation>这篇日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="197" />
      <source>Delete?</source>
      <translation>删除吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="198" />
      <source>Delete {0} from the journal for good? This cannot be undone.</source>
      <translation>要从日记中永久删除{0}吗？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="210" />
      <source>Delete all?</source>
      <translation>全部删除吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="211" />
      <source>Delete all {0} conversations with {1}, and the entries written to them? This cannot be undone.</source>
      <translation>要删除与{1}的全部 {0} 次对话，以及写给他们的日记吗？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/already_open.py" line="11" />
      <source> (process {0})</source>
      <translation>（进程 {0}）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/already_open.py" line="12" />
      <source>Keepsake is already open in another window or command{0}. Only one can use your keepsake at a time, so that nothing is lost or mixed up. Please switch to it, or close it and start Keepsake again.</source>
      <translation>Keepsake 已在另一个窗口或命令中打开{0}。为了不丢失或混淆任何内容，同一时间只能有一个使用你的珍藏。请切换到它，或者关闭它后再启动 Keepsake。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/already_open.py" line="23" />
      <source>Keepsake is already open</source>
      <translation>Keepsake 已经打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="29" />
      <source>Choose a passphrase</source>
      <translation>设置密码短语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="29" />
      <source>Unlock Keepsake</source>
      <translation>解锁 Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="33" />
      <source>This computer has no system keyring, so your keepsake will be locked with a passphrase you choose. Keep it somewhere safe: without it, nobody (not even you) can open your data. At least {0} characters.</source>
      <translation>这台电脑没有系统钥匙串，因此你的资料会用你设置的密码短语加密。请妥善保管：没有它，任何人（包括你自己）都无法打开你的资料。至少 {0} 个字符。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="39" />
      <source>Please enter your passphrase to open your keepsake.</source>
      <translation>请输入密码短语以打开你的资料。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="46" />
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="50" />
      <source>Once more</source>
      <translation>再输入一次</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="63" />
      <source>Please use at least {0} characters.</source>
      <translation>请至少使用 {0} 个字符。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="67" />
      <source>The two passphrases are not the same.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="82" />
      <source>About Keepsake</source>
      <translation>关于 Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="86" />
      <source>&lt;h2&gt;Keepsake {0}&lt;/h2&gt;&lt;p&gt;A private place to talk with a portrait of someone you lost. The portrait is an AI: it is built from the photos, recordings and words you give it, and it is always labelled as such. It is not the person, and it is not a therapist.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Keepsake needs no account, sends nothing anywhere and never contacts you.&lt;/p&gt;&lt;p style='color:#7a7168'&gt;Your data: {1}&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Keepsake {0}&lt;/h2&gt;&lt;p&gt;一个私密的地方，可以与逝去亲人的肖像交谈。肖像是 AI：它由你提供的照片、录音和话语构成，并且始终标明是 AI。它不是那个人，也不是治疗师。&lt;/p&gt;&lt;p&gt;所有内容都加密保存在这台电脑上。Keepsake 不需要账户，不向任何地方发送任何内容，也从不主动联系你。&lt;/p&gt;&lt;p style='color:#7a7168'&gt;你的资料：{1}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="16" />
      <source>That passphrase doesn't open your keepsake. Nothing was changed; please try again.</source>
      <translation>这个密码短语无法打开你的资料。没有做任何更改；请再试一次。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="20" />
      <source>Please choose a passphrase of at least {0} characters.</source>
      <translation>请设置至少 {0} 个字符的密码短语。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="22" />
      <source>The key to your keepsake is no longer in this computer's keyring. Your data is untouched; restore it from a backup, or ask for help before changing anything.</source>
      <translation>这台电脑的钥匙串里已经没有你资料的密钥。你的资料没有受损；请从备份恢复，或在更改任何内容之前寻求帮助。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="27" />
      <source>The only keyring available keeps secrets in plain text, so Keepsake will not use it. Please remove keyrings.alt or use your desktop's keyring.</source>
      <translation>唯一可用的钥匙串以明文保存密码，因此 Keepsake 不会使用它。请卸载 keyrings.alt，或使用桌面系统的钥匙串。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="32" />
      <source>Your keepsake was saved by a newer version of Keepsake. Please update the app; nothing was changed.</source>
      <translation>你的资料是由更新版本的 Keepsake 保存的。请更新应用；没有做任何更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="41" />
      <source>There isn't enough space on this disk to save that. Nothing already saved was lost, and what was being saved was undone. Please free some space and try again.</source>
      <translation>磁盘空间不足，无法保存。已经保存的内容都没有丢失，正在保存的内容已撤销。请腾出一些空间后再试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="46" />
      <source>{0} is not an audio file Keepsake can read ({1}). Please try another one.</source>
      <translation>{0} 不是 Keepsake 能读取的音频文件（{1}）。请换一个文件试试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="48" />
      <source>The recording</source>
      <translation>这段录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="50" />
      <source>Keepsake couldn't read its data file. Nothing was deleted. Details for someone helping you: {0}.</source>
      <translation>Keepsake 无法读取数据文件。没有删除任何内容。给帮助你的人的详细信息：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="55" />
      <source>A model Keepsake needs isn't installed ({0}). Talking by typing still works where possible; reinstalling Keepsake brings it back.</source>
      <translation>缺少 Keepsake 需要的一个模型（{0}）。在可能的情况下仍可打字交谈；重新安装 Keepsake 可以恢复它。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="60" />
      <source>A model file seems damaged ({0}). Reinstalling Keepsake will repair it.</source>
      <translation>一个模型文件似乎已损坏（{0}）。重新安装 Keepsake 可以修复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="64" />
      <source>{0} has no chat template, so it cannot hold a conversation (it may be a base model). Please choose an “Instruct” or “Chat” version.</source>
      <translation>{0} 没有对话模板，因此无法进行对话（它可能是基础模型）。请选择 “Instruct” 或 “Chat” 版本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="69" />
      <source>{0} can't be used: {1}. Nothing was installed.</source>
      <translation>{0} 无法使用：{1}。没有安装任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="73" />
      <source>That model is already installed. Nothing was changed.</source>
      <translation>该模型已经安装。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="75" />
      <source>The downloaded {0} was not the published file (its checksum differs), so it was deleted. Please try again later.</source>
      <translation>下载的 {0} 与发布的文件不一致（校验和不同），因此已删除。请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="80" />
      <source> Try again to continue where it stopped.</source>
      <translation>再试一次即可从中断处继续。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="81" />
      <source>The download didn't finish: {0}.{1}</source>
      <translation>下载没有完成：{0}。{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="83" />
      <source>Sound isn't available ({0}). You can still type and read.</source>
      <translation>声音不可用（{0}）。你仍然可以打字和阅读。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="85" />
      <source>That photo can't be read ({0}). Please try another one.</source>
      <translation>无法读取这张照片（{0}）。请换一张试试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="87" />
      <source>That photo is larger than a portrait can use (at most {0} megapixels). Please choose a smaller copy of it.</source>
      <translation>这张照片超出了肖像可用的大小（最多 {0} 百万像素）。请选择一张较小的副本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="96" />
      <source>The face-point models could not be used ({0}), so the eyes and mouth were placed roughly. You can adjust them by hand; 'keepsake doctor' says more.</source>
      <translation>面部特征点模型无法使用（{0}），眼睛和嘴的位置只是大致放好的。你可以手动调整；“keepsake doctor”会说明更多。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="101" />
      <source>{0}: {1}. Please check the file and try again.</source>
      <translation>{0}：{1}。请检查文件后再试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="106" />
      <source>That PIN is not right. The next try is possible in {0}.</source>
      <translation>PIN 不正确。下一次可以在 {0} 后尝试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="109" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PIN 不正确。请再试一次。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="111" />
      <source>After several wrong PINs, entry pauses for a while. The next try is possible in {0}.</source>
      <translation>多次输入错误的 PIN 后，需要等待一段时间。下一次可以在 {0} 后尝试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="115" />
      <source>This change needs the therapist's PIN.</source>
      <translation>此更改需要治疗师的 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="117" />
      <source>A PIN is 6 to 12 digits.</source>
      <translation>PIN 为 6 到 12 位数字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="119" />
      <source>Your settings couldn't be saved. Is the disk full?</source>
      <translation>无法保存你的设置。磁盘是否已满？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="125" />
      <source>Something went wrong. Nothing you saved was lost. Details: </source>
      <translation>出了点问题。你保存的内容都没有丢失。详细信息：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="131" />
      <source>That file doesn't look like a chat export Keepsake can read ({0}). Export the chat again “without media”, or choose another file.</source>
      <translation>这个文件看起来不像 Keepsake 能读取的聊天导出（{0}）。请重新导出聊天记录并选择“不含媒体”，或选择另一个文件。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="136" />
      <source>The chat has no messages from {0}. The people in it are: {1}.</source>
      <translation>聊天记录中没有 {0} 发的消息。记录里的人有：{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="140" />
      <source>There is no portrait called {0}.</source>
      <translation>没有名为 {0} 的肖像。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="142" />
      <source>Before the first conversation with {0}, please record who made this portrait and whether they agreed to it.</source>
      <translation>在与{0}的第一次对话之前，请记录是谁制作了这个肖像，以及他们是否同意。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="147" />
      <source>That file is not a usable GGUF model. Nothing was installed.</source>
      <translation>这个文件不是可用的 GGUF 模型。没有安装任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="149" />
      <source>Your keepsake needs its passphrase to open.</source>
      <translation>需要密码短语才能打开你的资料。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="153" />
      <source>Keepsake cannot open a window here ({0}).</source>
      <translation>Keepsake 无法在这里打开窗口（{0}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="155" />
      <source>Stopped. Nothing was changed.</source>
      <translation>已停止。没有更改任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="162" />
      <source>{0} seconds</source>
      <translation>{0} 秒</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="168" />
      <source>You can place the eyes and mouth by hand, or choose another photo.</source>
      <translation>您可以手动标出眼睛和嘴的位置，或者换一张照片。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="170" />
      <source>The face in this photo is turned to the side; a portrait needs both eyes.</source>
      <translation>这张照片中的脸侧向一边；肖像需要能看到两只眼睛。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="174" />
      <source>The face in this photo is very small, so the portrait would be blurred.</source>
      <translation>这张照片中的脸很小，做成肖像会很模糊。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="177" />
      <source>No face was found in the photo. You can place the eyes and mouth by hand.</source>
      <translation>照片中没有找到人脸。你可以手动标出眼睛和嘴巴的位置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="183" />
      <source>This photo has several faces.</source>
      <translation>这张照片里有好几张脸。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="184" />
      <source>The face in this photo is blurred, so the portrait will look soft.</source>
      <translation>这张照片中的脸有些模糊，肖像看起来会不太清晰。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="185" />
      <source>A black-and-white photo: the portrait stays black and white.</source>
      <translation>这是一张黑白照片：肖像也会是黑白的。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="186" />
      <source>A very dark photo: the face was found after brightening it.</source>
      <translation>这张照片很暗：提亮之后才找到了脸。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="187" />
      <source>The face-landmark model is not available, so a simpler face finder placed the points: please check them (Adjust face points…).</source>
      <translation>面部关键点模型不可用，因此由一个较简单的人脸检测器标出了这些点：请检查一下（“调整面部标记点…”）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="70" />
      <source>Consent first</source>
      <translation>请先记录同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="91" />
      <source>Getting the call ready…</source>
      <translation>正在准备通话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="111" />
      <source>The call could not start</source>
      <translation>无法开始通话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="115" />
      <source>Ready. Everything stays on this computer.</source>
      <translation>准备就绪。所有内容都留在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="148" />
      <source>Ending the call…</source>
      <translation>正在结束通话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/first_run.py" line="14" />
      <source>Welcome to Keepsake</source>
      <translation>欢迎使用 Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/first_run.py" line="17" />
      <source>&lt;h2&gt;Before you begin&lt;/h2&gt;&lt;p&gt;&lt;b&gt;What Keepsake is.&lt;/b&gt; A private place to talk with a portrait of someone you lost, made from their photos, their voice and the words they used. When a reply is one of their real sayings, it is marked “said in life”; everything else is written by an AI and marked “AI”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it is not.&lt;/b&gt; It is not the person, and it cannot know what they would say now. It is not therapy or a crisis service. If you are struggling, please talk to someone you trust; support lines are one click away in every call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data.&lt;/b&gt; Everything stays on this computer, encrypted, in &lt;code&gt;{0}&lt;/code&gt;. Keepsake has no account, sends nothing anywhere, sends no notifications and never starts a conversation.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;开始之前&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Keepsake 是什么。&lt;/b&gt;一个私密的地方，可以与逝去亲人的肖像交谈，肖像由他们的照片、声音和说过的话做成。当回复是他们真正说过的话时，会标为“生前说过”；其余内容由 AI 写成，并标为“AI”。&lt;/p&gt;&lt;p&gt;&lt;b&gt;它不是什么。&lt;/b&gt;它不是那个人，也无法知道他们现在会说什么。它不是心理治疗，也不是危机服务。如果你很难受，请和你信任的人谈谈；每次通话中，求助热线都只需点一下。&lt;/p&gt;&lt;p&gt;&lt;b&gt;你的资料。&lt;/b&gt;所有内容都加密保存在这台电脑上，位于 &lt;code&gt;{0}&lt;/code&gt;。Keepsake 没有账户，不向任何地方发送内容，不发送通知，也从不主动开始对话。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/first_run.py" line="33" />
      <source>I am 18 or older</source>
      <translation>我已年满 18 岁</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/first_run.py" line="35" />
      <source>Begin</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/first_run.py" line="36" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="31" />
      <source>&amp;Keepsake</source>
      <translation>&amp;Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="42" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="44" />
      <source>&amp;Journal</source>
      <translation>日记(&amp;J)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="45" />
      <source>Back up…</source>
      <translation>备份…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="46" />
      <source>Restore from a backup…</source>
      <translation>从备份恢复…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="47" />
      <source>Usage limits and therapist settings…</source>
      <translation>使用限制和治疗师设置…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="48" />
      <source>Check microphone and speaker…</source>
      <translation>检查麦克风和扬声器…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="50" />
      <source>Erase all my data…</source>
      <translation>清除我的全部资料…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="52" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="53" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="54" />
      <source>&amp;About Keepsake</source>
      <translation>关于 Keepsake(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="52" />
      <source>Settings reset</source>
      <translation>设置已重置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="53" />
      <source>Your settings file could not be read, so the defaults apply. The old file was kept as {0}.</source>
      <translation>无法读取你的设置文件，因此使用默认设置。旧文件已保存为 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="59" />
      <source>Keepsake needs your confirmation before it can be used.</source>
      <translation>Keepsake 需要你的确认才能使用。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="78" />
      <source>Getting the voice and the models ready…</source>
      <translation>正在准备声音和模型…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="93" />
      <source>Some models are missing: </source>
      <translation>缺少一些模型：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="105" />
      <source>Your keepsake is locked. Restart Keepsake to unlock it.</source>
      <translation>你的资料已锁定。重新启动 Keepsake 即可解锁。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="107" />
      <source>Keepsake couldn't open your data</source>
      <translation>Keepsake 无法打开你的资料</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/startup.py" line="121" />
      <source>{0} conversation(s) ended unexpectedly last time; they are kept in the journal up to the last turn.</source>
      <translation>上次有 {0} 次对话意外结束；它们已保存在日记中，直到最后一轮。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="108" />
      <source>Speaking in their voice…</source>
      <translation>正在用他们的声音说话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="112" />
      <source>Said: “{0}” (a preview, AI voice)</source>
      <translation>说了：“{0}”（预览，AI 声音）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="138" />
      <source>One moment</source>
      <translation>请稍等</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="138" />
      <source>Keepsake is still opening your data.</source>
      <translation>Keepsake 仍在打开你的资料。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="46" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="47" />
      <source>Their voice</source>
      <translation>他们的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="48" />
      <source>Their words</source>
      <translation>他们的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="49" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="85" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="124" />
      <source>Add someone you miss</source>
      <translation>添加你思念的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="141" />
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="142" />
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="143" />
      <source>Create portrait</source>
      <translation>创建肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="145" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="175" />
      <source>About them</source>
      <translation>关于他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="175" />
      <source>Only their name is needed. Everything can be changed later.</source>
      <translation>只需要他们的名字。所有内容以后都可以修改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="189" />
      <source>Add a few photos. The first one with a clear face becomes the portrait; if no face is found you can place the eyes and mouth by hand later.</source>
      <translation>添加几张照片。第一张有清晰人脸的照片会成为肖像；如果找不到人脸，之后可以手动标出眼睛和嘴巴。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="194" />
      <source>Add photos…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="194" />
      <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="202" />
      <source>Recordings of them speaking (WAV, MP3, M4A, OGG). Keepsake writes down what they say; you confirm or correct each saying afterwards.</source>
      <translation>他们说话的录音（WAV、MP3、M4A、OGG）。Keepsake 会写下他们说的话；之后由你确认或修改每一句。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="206" />
      <source>Add recordings…</source>
      <translation>添加录音…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="206" />
      <source>Audio (*.wav *.mp3 *.m4a *.ogg *.flac *.opus)</source>
      <translation>音频 (*.wav *.mp3 *.m4a *.ogg *.flac *.opus)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="213" />
      <source>The things they always said, memories of them, and messages from an exported chat (WhatsApp, or lines of “Name: message”).</source>
      <translation>他们常说的话、关于他们的回忆，以及导出聊天记录中的消息（WhatsApp，或“姓名: 消息”格式的行）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="220" />
      <source>One per line, in their words: Have you eaten yet?</source>
      <translation>每行一句，用他们的原话：吃饭了没有？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="221" />
      <source>One per line: She sang while cooking.</source>
      <translation>每行一条：她做饭时总爱唱歌。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="224" />
      <source>Choose chat export…</source>
      <translation>选择聊天记录导出文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="232" />
      <source>Sayings</source>
      <translation>常说的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="233" />
      <source>Memories</source>
      <translation>回忆</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="234" />
      <source>Chat export</source>
      <translation>聊天记录导出</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="235" />
      <source>Which one is them</source>
      <translation>哪一个是他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="242" />
      <source>Needed before the first conversation, and kept with the portrait.</source>
      <translation>第一次对话之前需要填写，并与肖像一起保存。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="262" />
      <source>the file could not be read</source>
      <translation>无法读取该文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="263" />
      <source>{0}: {1}.</source>
      <translation>{0}：{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="268" />
      <source>{0} messages; {1} lines left out.</source>
      <translation>{0} 条消息；{1} 行未采用。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="274" />
      <source>Text (*.txt)</source>
      <translation>文本 (*.txt)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="286" />
      <source>Their name and the consent step are needed first.</source>
      <translation>需要先填写他们的名字并完成同意步骤。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="306" />
      <source>Creating the portrait. This can take a minute for recordings.</source>
      <translation>正在创建肖像。如果有录音，可能需要一分钟。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="338" />
      <source>Nothing was added. {0}</source>
      <translation>没有添加任何内容。{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="342" />
      <source>Cancelled. Nothing was added.</source>
      <translation>已取消。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="39" />
      <source>Mum, 妈妈, Grandad…</source>
      <translation>妈妈、外婆、爷爷…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="41" />
      <source>English</source>
      <translation>英语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="42" />
      <source>中文 (Chinese)</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="44" />
      <source>From who they were to you</source>
      <translation>按照他们与你的关系</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="45" />
      <source>A woman's voice</source>
      <translation>女性的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="46" />
      <source>A man's voice</source>
      <translation>男性的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="48" />
      <source>The AI voice the portrait speaks with. Changing it starts again from that voice; “Hear their voice” on their page plays it.</source>
      <translation>肖像说话时使用的 AI 声音。更改后会从该声音重新开始；在他们的页面上点“听听他们的声音”即可试听。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="54" />
      <source>Warm, practical, teased everyone gently…</source>
      <translation>温暖、务实，总爱温和地打趣每个人…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="57" />
      <source>Short sentences; always asked if you had eaten…</source>
      <translation>句子很短；总是问你吃饭了没有…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="61" />
      <source>One per line: topics or claims the portrait must never make</source>
      <translation>每行一条：肖像绝不能谈论或声称的话题</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="64" />
      <source>Their name</source>
      <translation>他们的名字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="65" />
      <source>What you called them</source>
      <translation>你怎么称呼他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="66" />
      <source>Who they were to you</source>
      <translation>他们是你的谁</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="67" />
      <source>Born</source>
      <translation>出生</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="68" />
      <source>Died</source>
      <translation>去世</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="69" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="70" />
      <source>Voice</source>
      <translation>声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="71" />
      <source>Dialect (a note)</source>
      <translation>方言（备注）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="72" />
      <source>Personality</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="73" />
      <source>How they spoke</source>
      <translation>说话方式</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="74" />
      <source>Never say</source>
      <translation>绝不说</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="134" />
      <source>Yes, they agreed</source>
      <translation>是的，他们同意过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="136" />
      <source>Not known</source>
      <translation>不清楚</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="144" />
      <source>One per line: name — relationship — what they said</source>
      <translation>每行一位：姓名 — 关系 — 他们的意见</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="145" />
      <source>Your name</source>
      <translation>你的名字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="146" />
      <source>You are their</source>
      <translation>你是他们的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="147" />
      <source>Did they agree to this in life?</source>
      <translation>他们生前同意过这样做吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="148" />
      <source>Family asked</source>
      <translation>询问过的家人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="201" />
      <source>Edit details</source>
      <translation>编辑资料</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="58" />
      <source>Open {0}'s page</source>
      <translation>打开{0}的页面</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="74" />
      <source>Talk</source>
      <translation>交谈</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="79" />
      <source>Said goodbye</source>
      <translation>已告别</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="104" />
      <source>A quiet place to talk with someone you miss. Everything stays on this computer.</source>
      <translation>一个安静的地方，和你思念的人说说话。所有内容都留在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="152" />
      <source>Your portrait wall is empty</source>
      <translation>你的肖像墙还是空的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="156" />
      <source>When you feel ready, add the person you would like to talk with: a photo, a few recordings of their voice, the things they always used to say.
There is no hurry, and nothing here is shared with anyone.</source>
      <translation>当你准备好时，添加你想交谈的人：一张照片、几段他们的录音、他们常说的话。
不用着急，这里的一切都不会与任何人分享。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="45" />
      <source>agreed to this</source>
      <translation>同意过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="46" />
      <source>did not agree</source>
      <translation>没有同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="47" />
      <source>it is not known whether they agreed</source>
      <translation>不清楚是否同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="50" />
      <source>typed</source>
      <translation>手动输入</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="51" />
      <source>from a recording</source>
      <translation>来自录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="52" />
      <source>from messages</source>
      <translation>来自消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="96" />
      <source>Sayings from recordings wait for you to confirm them: double-click to check or correct the words.</source>
      <translation>来自录音的话需要你确认：双击即可检查或修改文字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="116" />
      <source>Consent…</source>
      <translation>同意…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="119" />
      <source>Edit details…</source>
      <translation>编辑资料…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="122" />
      <source>Hear their voice</source>
      <translation>听听他们的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="127" />
      <source>Say goodbye…</source>
      <translation>告别…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="129" />
      <source>A last conversation or a letter, then retire the portrait</source>
      <translation>最后一次对话或一封信，然后让肖像退休</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="133" />
      <source>Bring back…</source>
      <translation>找回…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="141" />
      <source>Delete portrait…</source>
      <translation>删除肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="157" />
      <source>Use as portrait</source>
      <translation>设为肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="159" />
      <source>Adjust face points…</source>
      <translation>调整面部标记点…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="180" />
      <source>Consent has not been recorded yet: conversations wait for it.</source>
      <translation>尚未记录同意：对话需要等到记录之后。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="185" />
      <source>Created by {0}, their {1}. In life, they {2}.</source>
      <translation>由{0}（{1}）创建。生前，他们{2}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="188" />
      <source> Family asked: {0}.</source>
      <translation> 询问过的家人：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="208" />
      <source>Show on the wall</source>
      <translation>显示在肖像墙上</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="208" />
      <source>Put away</source>
      <translation>收起来</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="210" />
      <source>You said goodbye on {0:%d %B %Y}. Your conversations stay in the journal to re-read; calls are no longer offered.</source>
      <translation>你在 {0:%Y年%m月%d日} 告别。你们的对话保留在日记中供你重读；不再提供通话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="244" />
      <source>Finding the face…</source>
      <translation>正在寻找脸部…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="284" />
      <source>Face {0} from the left</source>
      <translation>从左数第 {0} 张脸</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="286" />
      <source>Which one is them?</source>
      <translation>哪一个是他们？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="286" />
      <source>This photo has several faces:</source>
      <translation>这张照片里有几张脸：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="320" />
      <source>Added {0} sayings, {1} memories, {2} photos and {3} recordings.</source>
      <translation>已添加 {0} 句常说的话、{1} 条回忆、{2} 张照片和 {3} 段录音。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="325" />
      <source> (and {0} more)</source>
      <translation>（另有 {0} 项）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="328" />
      <source> {0} sayings could read as an invitation to join them: they are marked below for you to keep or set aside.</source>
      <translation> 有 {0} 句话可能会被听成邀请你去找他们：已在下面标出，请决定保留还是搁置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="336" />
      <source> Left out: {0}{1}.</source>
      <translation> 未采用：{0}{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="348" />
      <source>said in life, {0}</source>
      <translation>生前说过，{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="350" />
      <source>  — please confirm</source>
      <translation>  — 请确认</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="365" />
      <source>Correct the words if needed:</source>
      <translation>如有需要，请修改文字：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="379" />
      <source>Delete {0}?</source>
      <translation>删除{0}吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="380" />
      <source>This removes {0}'s portrait for good: {1} photos, {2} recordings and {3} sayings and memories. This cannot be undone.</source>
      <translation>这会永久删除{0}的肖像：{1} 张照片、{2} 段录音，以及 {3} 条话语和回忆。此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="32" />
      <source>Adjust the face points</source>
      <translation>调整面部标记点</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="38" />
      <source>Drag a point to correct it; the portrait follows.</source>
      <translation>拖动一个点来修正它；肖像会随之变化。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="43" />
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="44" />
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="45" />
      <source>Face</source>
      <translation>脸部</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="46" />
      <source>Whole photo</source>
      <translation>整张照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_dialog.py" line="57" />
      <source>How the portrait will speak</source>
      <translation>肖像说话时的样子</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_editor.py" line="31" />
      <source>eye</source>
      <translation>眼睛</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_editor.py" line="33" />
      <source>lip corner</source>
      <translation>嘴角</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_editor.py" line="35" />
      <source>upper lip</source>
      <translation>上唇</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_editor.py" line="36" />
      <source>lower lip</source>
      <translation>下唇</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_editor.py" line="37" />
      <source>chin</source>
      <translation>下巴</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/rig_editor.py" line="58" />
      <source>Drag the points onto the eyes, the corners of the mouth, the lips and the chin.</source>
      <translation>把标记点拖到眼睛、嘴角、嘴唇和下巴上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="17" />
      <source>  — could read as an invitation: keep or set aside?</source>
      <translation>  — 可能听起来像邀请：保留还是搁置？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="18" />
      <source>  — kept (never said aloud in a conversation)</source>
      <translation>  — 已保留（对话中绝不会说出口）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="19" />
      <source>  — set aside (not used in conversations)</source>
      <translation>  — 已搁置（对话中不会使用）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="32" />
      <source>“{0}”</source>
      <translation>“{0}”</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="34" />
      <source>Said in life, these words meant something else. Heard from a portrait after a death, they could sound like an invitation to join them. Keepsake never says them aloud in a conversation. Keep them among their words, or set them aside?</source>
      <translation>这些话在生前另有意思。但在离世之后，从画像口中听到，可能会像是在邀请你去找他们。Keepsake 在对话中绝不会把它们说出口。要把它们保留在 TA 的话里，还是搁置起来？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="40" />
      <source>Keep among their words</source>
      <translation>保留在 TA 的话里</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/saying_caution.py" line="41" />
      <source>Set aside</source>
      <translation>搁置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/actions.py" line="49" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/actions.py" line="61" />
      <source>Restart Keepsake?</source>
      <translation>重新启动 Keepsake 吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/actions.py" line="62" />
      <source>Keepsake shows the new language everywhere after it restarts. Restart now?</source>
      <translation>Keepsake 重新启动后会在所有地方显示新的语言。现在重新启动吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="50" />
      <source>Microphone and speaker</source>
      <translation>麦克风和扬声器</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="58" />
      <source>Before your first call, let's check that you can be heard and hear the reply.</source>
      <translation>第一次通话之前，我们先确认对方能听到你，你也能听到回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="66" />
      <source>Play a test sound</source>
      <translation>播放测试声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="68" />
      <source>Say something</source>
      <translation>说几句话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="69" />
      <source>Speaker</source>
      <translation>扬声器</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="88" />
      <source>If the bar moves when you speak and you hear the chime, you are ready.</source>
      <translation>如果你说话时音量条在动，并且能听到提示音，就可以开始了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="91" />
      <source>No microphone was found: in calls you can type instead of speaking.</source>
      <translation>没有找到麦克风：通话时可以用打字代替说话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="93" />
      <source>No speaker was found: replies will be shown as captions.</source>
      <translation>没有找到扬声器：回复会以字幕显示。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="43" />
      <source>Back up to</source>
      <translation>备份到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="46" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="50" />
      <source>Backup written ({0:.1f} MB). Keep the passphrase safe.</source>
      <translation>备份已写入（{0:.1f} MB）。请妥善保管密码短语。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="55" />
      <source>The backup failed: {0}</source>
      <translation>备份失败：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="61" />
      <source>Restore from</source>
      <translation>从以下位置恢复</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="61" />
      <source>Keepsake backup (*.kbk);;All files (*)</source>
      <translation>Keepsake 备份 (*.kbk);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="70" />
      <source>Restore?</source>
      <translation>恢复吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="71" />
      <source>Restoring replaces what Keepsake holds now with the backup. The current data is kept aside in the data folder, not deleted.</source>
      <translation>恢复会用备份替换 Keepsake 现在保存的内容。当前资料会保留在资料文件夹中，不会删除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="81" />
      <source>Restoring… Your current data stays as it is until the copy is checked.</source>
      <translation>正在恢复……在副本检查完毕之前，你现在的数据保持不变。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="92" />
      <source> The data it replaced is kept aside; Settings → Data lists it.</source>
      <translation> 被替换的数据已另行保存；可在“设置 → 数据”中查看。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="96" />
      <source>Restored from the backup.</source>
      <translation>已从备份恢复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="101" />
      <source>Nothing was changed</source>
      <translation>没有做任何更改</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="106" />
      <source>Backup passphrase</source>
      <translation>备份密码短语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="115" />
      <source>Erase all my data?</source>
      <translation>清除我的全部资料吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="116" />
      <source>This deletes every portrait, photo, recording, saying and conversation kept by Keepsake on this computer. Backups you made elsewhere are not touched.</source>
      <translation>这会删除 Keepsake 在这台电脑上保存的所有肖像、照片、录音、话语和对话。你在别处的备份不受影响。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="123" />
      <source>Erase all my data</source>
      <translation>清除我的全部资料</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="123" />
      <source>To confirm, type ERASE:</source>
      <translation>请输入 ERASE 以确认：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="128" />
      <source>Erasing…</source>
      <translation>正在清除…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/data_actions.py" line="137" />
      <source>Everything was erased.</source>
      <translation>所有内容都已清除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="30" />
      <source>System default</source>
      <translation>系统默认</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="32" />
      <source>PortAudio is not installed (on Debian/Ubuntu: the libportaudio2 package)</source>
      <translation>未安装 PortAudio（在 Debian/Ubuntu 上：libportaudio2 软件包）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="35" />
      <source>The sound library of Keepsake is missing</source>
      <translation>缺少 Keepsake 的声音组件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="36" />
      <source>The sound system did not answer</source>
      <translation>声音系统没有响应</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="37" />
      <source>No sound card or microphone was found</source>
      <translation>没有找到声卡或麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="69" />
      <source>Microphone</source>
      <translation>麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="73" />
      <source>{0}. You can still talk by typing and read the replies.</source>
      <translation>{0}。你仍然可以打字交谈并阅读回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="81" />
      <source>When I have finished speaking</source>
      <translation>等我说完再回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="82" />
      <source>After a fixed pause</source>
      <translation>固定停顿之后</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="85" />
      <source>When I have finished speaking: a short pause is enough once your sentence is complete, and a longer one is waited out while you are still thinking.</source>
      <translation>等我说完再回答：句子说完时，短暂停顿就够了；还在思考时，会耐心等待更长的停顿。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="90" />
      <source>Pause before replying</source>
      <translation>回复前的停顿</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="94" />
      <source> ms</source>
      <translation> 毫秒</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="96" />
      <source>How long a pause means you have finished speaking.</source>
      <translation>停顿多久算作你说完了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="97" />
      <source>Fixed pause</source>
      <translation>固定停顿</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="105" />
      <source>Hold the space bar to talk, instead of listening all the time</source>
      <translation>按住空格键说话，而不是一直聆听</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="110" />
      <source>As this computer is set up</source>
      <translation>按这台电脑的设置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="114" />
      <source>Whose helplines come first in Support</source>
      <translation>在“支持”中优先显示哪个国家的求助热线</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="115" />
      <source>Country for helplines</source>
      <translation>求助热线所在国家</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="124" />
      <source>Language of Keepsake</source>
      <translation>Keepsake 的语言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="141" />
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="143" />
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="145" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="151" />
      <source>Optional: a name, e.g. Anna</source>
      <translation>可选：一个名字，比如 小芳</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="153" />
      <source>If Keepsake pauses a conversation for your safety, it shows "Call NAME" with this number. Keepsake never contacts anyone itself.</source>
      <translation>如果 Keepsake 为了你的安全暂停对话，会显示“打给 某某”和这个号码。Keepsake 自己从不联系任何人。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="159" />
      <source>Their phone number</source>
      <translation>TA 的电话号码</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="160" />
      <source>Someone you trust</source>
      <translation>你信任的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="161" />
      <source>Their number</source>
      <translation>TA 的号码</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="23" />
      <source>Replaced by a restore</source>
      <translation>恢复时被替换</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="24" />
      <source>Could not be opened</source>
      <translation>无法打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="30" />
      <source>{0:.1f} MB</source>
      <translation>{0:.1f} MB</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="31" />
      <source>{0} KB</source>
      <translation>{0} KB</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="43" />
      <source>When a backup is restored, the data it replaced is kept aside in the data folder, never deleted without asking. These copies take space on this disk; remove the ones you no longer need.</source>
      <translation>恢复备份时，被替换的数据会另行保存在数据文件夹中，未经你同意绝不会删除。这些副本会占用磁盘空间；不再需要的可以移除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="58" />
      <source>Remove…</source>
      <translation>移除…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="77" />
      <source>{0} copies kept aside, {1} in all.</source>
      <translation>另行保存了 {0} 份副本，共 {1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="83" />
      <source>No copies are kept aside.</source>
      <translation>没有另行保存的副本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="96" />
      <source>Remove this copy?</source>
      <translation>移除这份副本？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="97" />
      <source>This deletes the copy kept aside on {0} ({1}) for good. What Keepsake holds now is not touched.</source>
      <translation>这会永久删除 {0} 另行保存的副本（{1}）。Keepsake 现在保存的内容不受影响。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="41" />
      <source>Understanding speech</source>
      <translation>理解语音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="42" />
      <source>Conversation (language model)</source>
      <translation>对话（语言模型）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="53" />
      <source>installed</source>
      <translation>已安装</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="54" />
      <source>ready to install (no download)</source>
      <translation>可以安装（无需下载）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="55" />
      <source>download {0}</source>
      <translation>下载 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="56" />
      <source>not installed</source>
      <translation>未安装</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="62" />
      <source>{0:.1f} GB</source>
      <translation>{0:.1f} GB</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="64" />
      <source>{0:.0f} MB</source>
      <translation>{0:.0f} MB</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="94" />
      <source>Models run on this computer. Better ones understand and answer more naturally but need more memory. Downloads happen only when you ask, from huggingface.co.</source>
      <translation>模型在这台电脑上运行。更好的模型理解和回答更自然，但需要更多内存。只有在你要求时才会从 huggingface.co 下载。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="107" />
      <source>Import a model file…</source>
      <translation>导入模型文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="109" />
      <source>A .gguf chat model, a Piper .onnx voice, or a Whisper folder</source>
      <translation>一个 .gguf 对话模型、一个 Piper .onnx 声音，或一个 Whisper 文件夹</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="136" />
      <source>Use this one</source>
      <translation>使用这个</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="138" />
      <source>Get it…</source>
      <translation>获取…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="171" />
      <source>in use</source>
      <translation>正在使用</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="173" />
      <source>recommended</source>
      <translation>推荐</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="177" />
      <source>{0} · {1} MB memory · {2} · {3}</source>
      <translation>{0} · 内存 {1} MB · {2} · {3}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="189" />
      <source>Choose a model in the list first.</source>
      <translation>请先在列表中选择一个模型。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="211" />
      <source>{0} is not installed yet: choose “Get it…” first.</source>
      <translation>{0} 尚未安装：请先选择“获取…”。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="216" />
      <source>{0} will be used from the next conversation on.</source>
      <translation>从下一次对话开始将使用 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="225" />
      <source>{0} is already installed.</source>
      <translation>{0} 已经安装。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="231" />
      <source>Installing {0}</source>
      <translation>正在安装 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="239" />
      <source>{0} cannot be downloaded; import its files instead.</source>
      <translation>{0} 无法下载；请改为导入它的文件。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="244" />
      <source>Download a model?</source>
      <translation>下载模型吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="245" />
      <source>{0} ({1}) will be downloaded from huggingface.co ({2}). This is the only time Keepsake uses the internet; nothing about you is sent. Each file is checked against its published checksum.</source>
      <translation>{0}（{1}）将从 huggingface.co（{2}）下载。这是 Keepsake 唯一一次使用互联网；不会发送任何关于你的信息。每个文件都会与发布的校验和进行核对。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="255" />
      <source>Downloading {0}</source>
      <translation>正在下载 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="268" />
      <source>{0} came with Keepsake and stays installed.</source>
      <translation>{0} 随 Keepsake 一起提供，会保持安装。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="272" />
      <source>This model is in use: choose another one first.</source>
      <translation>这个模型正在使用：请先选择另一个。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="276" />
      <source>Remove the model?</source>
      <translation>移除模型吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="277" />
      <source>{0} will be deleted from this PC.</source>
      <translation>{0} 将从这台电脑上删除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="280" />
      <source>{0} was removed.</source>
      <translation>{0} 已移除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="287" />
      <source>Import a model</source>
      <translation>导入模型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="287" />
      <source>Models (*.gguf *.onnx);;All files (*)</source>
      <translation>模型 (*.gguf *.onnx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="290" />
      <source>Or a Whisper model folder</source>
      <translation>或者选择一个 Whisper 模型文件夹</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="307" />
      <source>Choose a .gguf file, a Piper .onnx voice or a Whisper folder.</source>
      <translation>请选择一个 .gguf 文件、一个 Piper .onnx 声音或一个 Whisper 文件夹。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="310" />
      <source>Importing {0}</source>
      <translation>正在导入 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="318" />
      <source>Please wait for the current model to finish.</source>
      <translation>请等待当前模型完成。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="350" />
      <source>{0} is installed. Choose “Use this one” to talk with it.</source>
      <translation>{0} 已安装。选择“使用这个”即可用它交谈。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="357" />
      <source>Stopped. A download can continue where it stopped next time.</source>
      <translation>已停止。下次下载可以从中断处继续。</translation>
    </message>
  </context>
</TS>
