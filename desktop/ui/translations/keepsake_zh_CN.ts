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
      <location filename="../../../desktop/care/exercises.py" line="51" />
      <source>A short reflection</source>
      <translation>简短的回顾</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="53" />
      <source>How do you feel now, compared with before you began?</source>
      <translation>和开始之前相比，你现在感觉怎么样？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="54" />
      <source>Is there one thing from this you would like to take with you?</source>
      <translation>这一次里，有没有一件事你想带走、记住？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="61" />
      <source>An imagined conversation</source>
      <translation>一次想象中的对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="62" />
      <source>Picture {name} with you, listening, and talk with them in three parts. Take your time; you can stop whenever you want.</source>
      <translation>想象{name}就在你身边，正在听你说话，分三部分和他们说说话。慢慢来，你随时都可以停下。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="68" />
      <source>What I want to tell you</source>
      <translation>我想告诉你的</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="70" />
      <source>What do you want {name} to know?</source>
      <translation>你想让{name}知道什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="71" />
      <source>What has happened since they died? What do you miss?</source>
      <translation>他们离开以后发生了什么？你想念什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="72" />
      <source>Is there something you wish you had said, or had not said?</source>
      <translation>有没有什么话，你希望当时说了，或者没有说？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="76" />
      <source>What I imagine you answer</source>
      <translation>我想象你会怎样回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="78" />
      <source>Now answer as you imagine {name} answering you.</source>
      <translation>现在，像你想象中{name}会回答你的那样，回答你自己。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="79" />
      <source>What would they say? How would they say it?</source>
      <translation>他们会说什么？会怎么说？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="80" />
      <source>There is no wrong answer.</source>
      <translation>怎么回答都没有错。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="84" />
      <source>What I want to keep</source>
      <translation>我想留住的</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="86" />
      <source>What do you want to keep from this conversation?</source>
      <translation>这次对话里，你想留住什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="87" />
      <source>What of {name} do you carry with you?</source>
      <translation>你身上带着{name}的哪些东西？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="95" />
      <source>A letter</source>
      <translation>一封信</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="96" />
      <source>Write a letter to {name}. The prompts are only there if they help.</source>
      <translation>给{name}写一封信。下面的提示只在有帮助时才用。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="99" />
      <source>My letter</source>
      <translation>我的信</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="101" />
      <source>Dear {name}, ...</source>
      <translation>亲爱的{name}，……</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="102" />
      <source>What I want you to know about my life now</source>
      <translation>我想让你知道我现在的生活</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="103" />
      <source>What I miss about you</source>
      <translation>我想念你的地方</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="104" />
      <source>What I am grateful for</source>
      <translation>我感激的事</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="105" />
      <source>What I wish I had said</source>
      <translation>我希望当时说出口的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="106" />
      <source>How I will carry you with me</source>
      <translation>我会怎样把你带在身边</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="114" />
      <source>A memory</source>
      <translation>一段回忆</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="115" />
      <source>Write down one memory of {name}, as fully as you can.</source>
      <translation>写下一段关于{name}的回忆，尽量写得完整。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="118" />
      <source>The memory</source>
      <translation>这段回忆</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="120" />
      <source>Where were you, and when?</source>
      <translation>那是在哪里，什么时候？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="121" />
      <source>What could you see, hear, smell?</source>
      <translation>你看到了什么，听到了什么，闻到了什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="122" />
      <source>What did {name} say or do?</source>
      <translation>{name}说了什么，做了什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="126" />
      <source>What it means to me</source>
      <translation>它对我意味着什么</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="128" />
      <source>Why does this memory matter to you?</source>
      <translation>为什么这段回忆对你很重要？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="129" />
      <source>What does it tell you about them, or about you?</source>
      <translation>它让你更了解了他们，或者你自己的什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/exercises.py" line="149" />
      <source>{0} · {1}</source>
      <translation>{0} · {1}</translation>
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
      <location filename="../../../desktop/care/report.py" line="107" />
      <source>Too early to see a trend: fewer than two weeks of conversations.</source>
      <translation>现在看趋势还太早：对话还不到两周。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="111" />
      <source>the last {0} against the {1} before</source>
      <translation>最近{0}与之前{1}相比</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/care/report.py" line="112" />
      <source>%n weeks</source>
      <translation>
        <numerusform>%n 周</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="115" />
      <source>Fewer conversations a week ({0} against {1}, {2}).</source>
      <translation>每周对话变少了（{0} 次对 {1} 次，{2}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="118" />
      <source>More conversations a week ({0} against {1}, {2}).</source>
      <translation>每周对话变多了（{0} 次对 {1} 次，{2}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="120" />
      <source>About the same number of conversations a week ({0}, {1}).</source>
      <translation>每周对话次数大致相同（{0} 次，{1}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="251" />
      <source>Safety pauses</source>
      <translation>安全暂停</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="255" />
      <source>Keepsake usage report</source>
      <translation>Keepsake 使用报告</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="259" />
      <source>Made {0}, {1} ({2}). {3}.</source>
      <translation>生成于 {0} {1}（{2}）。共{3}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/care/report.py" line="263" />
      <source>%n conversations</source>
      <translation>
        <numerusform>%n 次对话</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="265" />
      <source>Transcripts included at the user's choice.</source>
      <translation>按使用者的选择附上了对话记录。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="267" />
      <source>No transcripts.</source>
      <translation>不含对话记录。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="273" />
      <source>Limits that apply</source>
      <translation>适用的限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="277" />
      <source>Changes outside Keepsake</source>
      <translation>在 Keepsake 之外的更改</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="283" />
      <source>Trend</source>
      <translation>趋势</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="285" />
      <source>Week by week</source>
      <translation>逐周</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="287" />
      <source>Week of</source>
      <translation>所在周</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="288" />
      <source>Conversations</source>
      <translation>对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="289" />
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="290" />
      <source>Mood before</source>
      <translation>之前的心情</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="291" />
      <source>Mood after</source>
      <translation>之后的心情</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="302" />
      <source>Mood check-ins run from 1 (very low) to 5 (good).</source>
      <translation>心情记录从 1（很低落）到 5（很好）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="304" />
      <source>{0} {1}</source>
      <translation>{0}{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="306" />
      <source>Safety pauses: how often Keepsake paused a conversation because something said sounded like a crisis, and showed helplines. Counts only, never the words; included at the user's choice.</source>
      <translation>安全暂停：Keepsake 因为听到的话像是危机而暂停对话、并显示求助热线的次数。只有次数，从不含说过的话；按使用者的选择附上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="313" />
      <source>When</source>
      <translation>时段</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="313" />
      <source>Time of day</source>
      <translation>一天中的时段</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="317" />
      <source>Each conversation</source>
      <translation>每次对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="318" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="318" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="318" />
      <source>Portrait</source>
      <translation>肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="318" />
      <source>Mood before → after</source>
      <translation>心情：之前 → 之后</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report.py" line="331" />
      <source>Transcripts</source>
      <translation>对话记录</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="94" />
      <source>opened the quiet moment and wrote to them</source>
      <translation>打开了安静时刻，并给对方写了话</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="96" />
      <source>opened the quiet moment</source>
      <translation>打开了安静时刻</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="97" />
      <source>chose not today</source>
      <translation>选择了“今天不了”</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="119" />
      <source>no check-ins</source>
      <translation>没有心情记录</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="120" />
      <source>{0} before, {1} after ({2})</source>
      <translation>之前 {0}，之后 {1}（{2}）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/care/report_care.py" line="123" />
      <source>%n check-ins</source>
      <translation>
        <numerusform>%n 次记录</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="134" />
      <source>Not included (the person's choice).</source>
      <translation>未附上（本人的选择）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="136" />
      <source>Included at the person's choice; none taken yet.</source>
      <translation>按本人的选择附上；尚未做过。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="138" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="139" />
      <source>{0} ({1})</source>
      <translation>{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="141" />
      <source>{0}: {1}. {2} The latest is {3}. A screening aid, not a diagnosis.</source>
      <translation>{0}：{1}。{2}最近一次{3}。这是筛查辅助，不是诊断。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="158" />
      <source>At a glance</source>
      <translation>概览</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="168" />
      <source>{0} in all; {1} a week over the last {2}; the last on {3}.</source>
      <translation>共 {0} 次；最近{2}平均每周 {1} 次；最近一次在 {3}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="178" />
      <source>None yet.</source>
      <translation>还没有。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="188" />
      <source>Mood check-ins (1 very low to 5 good)</source>
      <translation>心情记录（1 很低落，5 很好）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="189" />
      <source>Conversations: {0}. Exercises: {1}.</source>
      <translation>对话：{0}。练习：{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="191" />
      <source>Self-check</source>
      <translation>自我检查</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="198" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="199" />
      <source>{0}: {1}</source>
      <translation>{0}：{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="201" />
      <source>{0}. Their words are included below.</source>
      <translation>{0}。其中写下的话附在后面。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="201" />
      <source>{0}.</source>
      <translation>{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="202" />
      <source>Guided exercises</source>
      <translation>引导练习</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="204" />
      <source>None done.</source>
      <translation>还没有做过。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="207" />
      <source>{0}, {1}: {2}</source>
      <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="212" />
      <source>Remembrance days</source>
      <translation>纪念日</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="214" />
      <source>None kept yet.</source>
      <translation>还没有度过。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="218" />
      <source>{0} in all (counts only).</source>
      <translation>共 {0} 次（只有次数）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="238" />
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="238" />
      <source>Band</source>
      <translation>区间</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="248" />
      <source>{0}: totals {1} to {2}; cut-offs at {3}.</source>
      <translation>{0}：总分 {1} 至 {2}；分界点为 {3}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="256" />
      <source>Exercise</source>
      <translation>练习</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="256" />
      <source>With</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_care.py" line="271" />
      <source>In the person's words (included at their choice)</source>
      <translation>本人写下的话（按本人的选择附上）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_changes.py" line="21" />
      <source>Changed outside Keepsake on {0} ({1}).</source>
      <translation>{0}在 Keepsake 之外被更改（{1}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_changes.py" line="25" />
      <source>The therapist accepted the records again on {0}.</source>
      <translation>治疗师已于 {0} 重新确认这些记录。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_changes.py" line="29" />
      <source>The strictest setting applies until the therapist enters the PIN.</source>
      <translation>在治疗师输入 PIN 之前，按最严格的设置执行。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="67" />
      <source>night (00–06)</source>
      <translation>夜间（00–06）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="68" />
      <source>morning (06–12)</source>
      <translation>上午（06–12）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="69" />
      <source>afternoon (12–18)</source>
      <translation>下午（12–18）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="70" />
      <source>evening (18–24)</source>
      <translation>晚上（18–24）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="74" />
      <source>birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="75" />
      <source>anniversary of the death</source>
      <translation>忌日</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="76" />
      <source>Qingming</source>
      <translation>清明</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="77" />
      <source>Mother's Day</source>
      <translation>母亲节</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="78" />
      <source>Father's Day</source>
      <translation>父亲节</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="79" />
      <source>a day of their own</source>
      <translation>自己定的日子</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/report_words.py" line="82" />
      <source>Brief Grief Questionnaire</source>
      <translation>Brief Grief Questionnaire（简明哀伤问卷）</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="79" />
      <source>Today is {0}'s birthday.</source>
      <translation>今天是{0}的生日。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="82" />
      <source>It is a year today since {0} died.</source>
      <translation>{0}离开已经整整一年了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="84" />
      <source>It is {0} years today since {1} died.</source>
      <translation>{1}离开已经整整{0}年了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="85" />
      <source>Today is the anniversary of {0}'s death.</source>
      <translation>今天是{0}的忌日。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="87" />
      <source>Today is Qingming, a day to remember {0}.</source>
      <translation>今天是清明，一个怀念{0}的日子。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="89" />
      <source>Today is Mother's Day.</source>
      <translation>今天是母亲节。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="91" />
      <source>Today is Father's Day.</source>
      <translation>今天是父亲节。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="92" />
      <source>Today is a day you marked.</source>
      <translation>今天是你标记过的日子。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="92" />
      <source>Today is {0}.</source>
      <translation>今天是{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="96" />
      <source>Light the candle, if you like, and write a few words to {0}. What you write is kept in your journal, for you alone.</source>
      <translation>如果愿意，点一支蜡烛，给{0}写几句话。你写下的内容会保存在你的日记里，只属于你。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="112" />
      <source>anniversary</source>
      <translation>忌日</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="116" />
      <source>a day you marked</source>
      <translation>你标记的日子</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/ritual.py" line="118" />
      <source>To {0} · {1}, {2}</source>
      <translation>致{0} · {1}，{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="57" />
      <source>No self-check has been taken.</source>
      <translation>还没有做过自我检查。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="59" />
      <source>One self-check so far: there is no trend yet.</source>
      <translation>目前只做过一次自我检查，还看不出趋势。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="62" />
      <source>Lower than at the first self-check ({0} then, {1} now).</source>
      <translation>比第一次自我检查时低（当时{0}，现在{1}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="64" />
      <source>Higher than at the first self-check ({0} then, {1} now).</source>
      <translation>比第一次自我检查时高（当时{0}，现在{1}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="66" />
      <source>The same as at the first self-check ({0}).</source>
      <translation>和第一次自我检查时一样（{0}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="76" />
      <source>Thank you for taking the time. Your answers are kept in your vault, so that you can look back over the months and see how you are.</source>
      <translation>谢谢你花时间完成。你的回答加密保存在这台电脑上，这样你可以在几个月后回头看看自己的状况。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="83" />
      <source>Your answers suggest that grief is weighing on you a great deal at the moment. That says nothing about how much you loved them.</source>
      <translation>你的回答显示，此刻哀伤让你承受了很重的负担。这与你有多爱他们无关。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="89" />
      <source>Many people find it helps to talk it through with someone: your therapist or doctor, or a grief counsellor. The people in Support are there too.</source>
      <translation>很多人发现，找人聊一聊会有帮助：你的治疗师或医生，或者哀伤辅导师。“支持”里列出的人也随时在。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="96" />
      <source>Your answers suggest that grief is weighing on you very heavily right now. Only a conversation with a professional can say what that means.</source>
      <translation>你的回答显示，此刻哀伤让你承受着非常沉重的负担。只有和专业人士谈过，才能知道这意味着什么。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="102" />
      <source>It could help to talk with your therapist, your doctor or a grief counsellor soon. Support lists people you can reach today, day or night.</source>
      <translation>尽快和你的治疗师、医生或哀伤辅导师谈一谈，可能会有帮助。“支持”里列出了今天就能联系到的人，白天黑夜都可以。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="108" />
      <source>This questionnaire is a screening aid, not a diagnosis, and your answers are only for you.</source>
      <translation>这份问卷只是筛查的辅助工具，不是诊断；你的回答只给你自己看。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="119" />
      <source>below the questionnaire's cut-off</source>
      <translation>低于问卷的临界值</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="120" />
      <source>at or above its first cut-off</source>
      <translation>达到或高于第一个临界值</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/selfcheck.py" line="121" />
      <source>at or above the cut-off studies use</source>
      <translation>达到或高于研究中使用的临界值</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="38" />
      <source>No usage limits are set.</source>
      <translation>未设置使用限制。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="42" />
      <source>A conversation lasts at most {0} minutes.</source>
      <translation>每次对话最长 {0} 分钟。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="46" />
      <source>Up to {0} conversation(s) a week, counted from Monday.</source>
      <translation>每周最多 {0} 次对话，从周一开始计算。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="49" />
      <source>From {0} {1}: {2} conversation(s) a week.</source>
      <translation>自 {1} 年 {0} 起：每周 {2} 次对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="54" />
      <source>Up to {0} conversation(s) a day.</source>
      <translation>每天最多 {0} 次对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="57" />
      <source>At least {0} between conversations.</source>
      <translation>两次对话之间至少间隔 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="61" />
      <source>Conversations between {0} and {1}.</source>
      <translation>对话时间为 {0} 至 {1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="67" />
      <source>Guided exercises the person can start: {0}.</source>
      <translation>本人可以开始的引导练习：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="74" />
      <source>{0} hour</source>
      <translation>{0} 小时</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="74" />
      <source>{0} hours</source>
      <translation>{0} 小时</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="75" />
      <source>{0} minutes</source>
      <translation>{0} 分钟</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="89" />
      <source>today at {0}</source>
      <translation>今天 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="91" />
      <source>tomorrow at {0}</source>
      <translation>明天 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="92" />
      <source>{0} at {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="104" />
      <source>A conversation is possible now.</source>
      <translation>现在可以开始对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="106" />
      <source>It is outside the hours agreed for conversations.</source>
      <translation>现在不在约定的对话时间内。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="107" />
      <source>It is a little soon after the last conversation.</source>
      <translation>距离上一次对话还有点近。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="108" />
      <source>Today's conversations have been had.</source>
      <translation>今天的对话已经进行过了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="109" />
      <source>This week's conversations have been had.</source>
      <translation>本周的对话已经进行过了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="110" />
      <source>The usage limits could not be verified (they may have been changed outside Keepsake), so conversations are paused until the therapist's PIN is entered again in Therapist settings.</source>
      <translation>无法核实使用限制（可能在 Keepsake 之外被改动过），因此对话暂停，直到治疗师在“治疗师设置”中重新输入 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/care/wording.py" line="120" />
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
      <source>fits in memory (“Measure this PC” above estimates its speed)</source>
      <translation>内存够用（上方的“测一测这台电脑”可以估计它的速度）</translation>
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
      <location filename="../../../desktop/ui/call/mood.py" line="43" />
      <source>Only if you want to: this stays in your journal, and you can skip it.</source>
      <translation>只在你愿意时填写：这会保存在你的日记中，你也可以跳过。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="45" />
      <source>One tap is enough, or skip it. It stays in your journal.</source>
      <translation>点一下就好，也可以跳过。它会留在你的日记里。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="59" />
      <source>A few words about how you feel</source>
      <translation>用几个词说说你的感受</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="60" />
      <source>A few words, if you like</source>
      <translation>愿意的话，写几个词</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="62" />
      <source>A note about this conversation</source>
      <translation>关于这次谈话的笔记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="63" />
      <source>A note about this conversation (optional)</source>
      <translation>关于这次对话的备注（可选）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="65" />
      <source>Don't ask me this again</source>
      <translation>不要再问我</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="67" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/mood.py" line="70" />
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
      <location filename="../../../desktop/ui/call/portrait_widget.py" line="154" />
      <source>AI portrait</source>
      <translation>AI 肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="82" />
      <source>The conversation so far</source>
      <translation>到目前为止的谈话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="128" />
      <source>Time left in this conversation, as agreed in the usage limits</source>
      <translation>本次对话剩余的时间，按使用限制的约定</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="132" />
      <source>This is an AI made from memories, not the real person</source>
      <translation>这是根据回忆做成的 AI，不是真人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="134" />
      <source>Support</source>
      <translation>支持</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="136" />
      <source>Helplines and support, if you need someone to talk to</source>
      <translation>求助热线和支持，如果你需要有人倾诉</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="150" />
      <source>Your message</source>
      <translation>你要说的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="151" />
      <source>Type instead of speaking, then press Enter</source>
      <translation>可以打字代替说话，然后按 Enter</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="153" />
      <source>Mute microphone</source>
      <translation>关闭麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="156" />
      <source>Hold to talk (space)</source>
      <translation>按住说话（空格键）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="161" />
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="163" />
      <source>Stop listening and speaking for a moment; the call stays open</source>
      <translation>暂时停止聆听和说话；通话保持打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="165" />
      <source>End call</source>
      <translation>结束通话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="181" />
      <source>No microphone or speaker was found: you can talk by typing and read the replies.</source>
      <translation>没有找到麦克风或扬声器：你可以打字交谈并阅读回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="185" />
      <source>No microphone was found: you can talk by typing.</source>
      <translation>没有找到麦克风：你可以打字交谈。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="186" />
      <source>No speaker was found: replies are shown as captions.</source>
      <translation>没有找到扬声器：回复以字幕显示。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="206" />
      <source>You</source>
      <translation>你</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="223" />
      <source> (interrupted)</source>
      <translation>（被打断）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="232" />
      <source>I didn't catch that. Please say it again, or type.</source>
      <translation>我没听清。请再说一遍，或者打字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="252" />
      <source>Paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="272" />
      <source>Listening</source>
      <translation>正在听</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="273" />
      <source>Your turn: type when you are ready</source>
      <translation>轮到你了：准备好就打字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="283" />
      <source>said in life</source>
      <translation>生前说过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="314" />
      <source>Unmute microphone</source>
      <translation>打开麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="322" />
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="323" />
      <source>Paused. Take all the time you need.</source>
      <translation>已暂停。你需要多久都可以。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/screen.py" line="342" />
      <source>Our time is up for today.</source>
      <translation>今天的时间到了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="66" />
      <source>Sound could not be started: you can talk by typing and read the replies.</source>
      <translation>无法启动声音：你可以打字交谈并阅读回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="81" />
      <source>Your edited crisis word list could not be read, so the list that came with Keepsake is used ({0}).</source>
      <translation>你修改过的危机词表无法读取，因此使用 Keepsake 自带的词表（{0}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="89" />
      <source>No speech recognition for this language is installed, so you talk by typing. Settings → Models offers one.</source>
      <translation>没有安装这种语言的语音识别，所以请打字交谈。可以在“设置 → 模型”中获取。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="93" />
      <source>No voice for this language is installed, so replies are shown as captions. Settings → Models offers one.</source>
      <translation>没有安装这种语言的声音，所以回复以字幕显示。可以在“设置 → 模型”中获取。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/setup.py" line="97" />
      <source>The conversation model cannot speak this language, so the portrait answers with their own words and short listening lines. A model for it (for example Qwen2.5 Instruct) can be added in Settings → Models.</source>
      <translation>对话模型不会说这种语言，所以肖像会用他们自己说过的话和简短的倾听语来回应。可以在“设置 → 模型”中添加一个会这种语言的模型（例如 Qwen2.5 Instruct）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/wording.py" line="12" />
      <source>Getting ready…</source>
      <translation>正在准备…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/wording.py" line="14" />
      <source>Thinking…</source>
      <translation>正在思考…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/wording.py" line="15" />
      <source>Speaking</source>
      <translation>正在说话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/wording.py" line="16" />
      <source>Call ended</source>
      <translation>通话已结束</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/call/wording.py" line="24" />
      <source>%n min left</source>
      <translation>
        <numerusform>还剩 %n 分钟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/call/wording.py" line="25" />
      <source>0:{0} left</source>
      <translation>还剩 0:{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="50" />
      <source>Retire {0}'s portrait?</source>
      <translation>让{0}的肖像退休吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="51" />
      <source>Your conversations and letters with {0} stay in the journal to re-read. Calls will no longer be offered, and the portrait rests on the wall (you can put it away later). You can bring it back if you need to.</source>
      <translation>你与{0}的对话和信会留在日记里，随时可以重读。之后不再提供通话，肖像会安放在肖像墙上（以后可以收起）。如果需要，你可以让它回来。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="142" />
      <source>A letter to {0}</source>
      <translation>写给{0}的信</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="145" />
      <source>Your letter to {0} is in the journal, and the portrait is retired.</source>
      <translation>你写给{0}的信已保存在日记中，肖像已退休。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="166" />
      <source>{0}'s portrait is retired.</source>
      <translation>{0}的肖像已经安放。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="188" />
      <source>Bring {0}'s portrait back?</source>
      <translation>把{0}的肖像找回来吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="189" />
      <source>Calls with {0} will be offered again. If saying goodbye was agreed with a therapist, it may help to talk it over with them first.</source>
      <translation>将再次提供与{0}的通话。如果告别是和治疗师商量好的，最好先和治疗师谈一谈。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="200" />
      <source>Therapist PIN</source>
      <translation>治疗师 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="201" />
      <source>The therapist's PIN:</source>
      <translation>治疗师的 PIN：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="209" />
      <source>Not brought back</source>
      <translation>没有找回</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/actions.py" line="211" />
      <source>{0}'s portrait is back: calls are offered again.</source>
      <translation>{0}的肖像回来了：又可以通话了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="35" />
      <source>Guided exercises the person can start</source>
      <translation>本人可以开始的引导练习</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="40" />
      <source>them</source>
      <translation>他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="44" />
      <source>Each ends with a short reflection in the person's journal. The report shows which were done and when; their words only if the person includes them.</source>
      <translation>每个练习都以一段简短的回顾结束，保存在本人的日记里。报告只显示做了哪些练习、什么时候做的；只有本人选择包含时，才会包含所写的内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="65" />
      <source>The self-check's questionnaire</source>
      <translation>自我检查的问卷</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="71" />
      <source>Add the questionnaire file…</source>
      <translation>添加问卷文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="73" />
      <source>Remove it</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="89" />
      <source>Keepsake scores the Brief Grief Questionnaire as its authors publish it, but may include its questions only with their permission. If you have a copy they allow, add it here as a Keepsake questionnaire file (see docs/care-over-time.md); the person can then take the self-check every four weeks, if they want to.</source>
      <translation>Keepsake 按作者公布的方法为简明哀伤问卷计分，但只有在作者许可的情况下才能包含问卷的题目。如果你有作者允许使用的版本，请在这里以 Keepsake 问卷文件的形式添加（格式见 Keepsake 随附的说明文档）；之后，本人如果愿意，可以每四周做一次自我检查。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="100" />
      <source>Added: {0} ({1}). Source: {2}</source>
      <translation>已添加：{0}（{1}）。来源：{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="112" />
      <source>That file could not be read.</source>
      <translation>无法读取这个文件。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="117" />
      <source>The questionnaire is added.</source>
      <translation>问卷已添加。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="123" />
      <source>The questionnaire file</source>
      <translation>问卷文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="123" />
      <source>Keepsake questionnaire (*.json)</source>
      <translation>Keepsake 问卷 (*.json)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/care_settings.py" line="130" />
      <source>The questionnaire is removed; the results stay.</source>
      <translation>问卷已移除；已有的结果会保留。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="49" />
      <source>Only if you want to: you can skip it.</source>
      <translation>只在你愿意时填写：可以跳过。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="88" />
      <source>How are you feeling now?</source>
      <translation>你现在感觉怎么样？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="100" />
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="102" />
      <source>Stop here</source>
      <translation>到这里停下</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="124" />
      <source>In {0} parts: {1}.</source>
      <translation>共{0}部分：{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="128" />
      <source>What you write is kept in your journal, for you. Your therapist's report shows only that you did this exercise, and when, unless you choose to include the words.</source>
      <translation>你写下的内容会保存在你的日记里，只属于你。治疗师的报告只显示你做过这个练习以及时间，除非你选择把内容也包含进去。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="145" />
      <source>Part {0} of {1}</source>
      <translation>第{0}部分，共{1}部分</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="150" />
      <source>Write here, as much or as little as you like.</source>
      <translation>写在这里，多写少写都可以。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="159" />
      <source>Thank you for taking this time.</source>
      <translation>谢谢你留出这段时间。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="173" />
      <source>Begin</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="175" />
      <source>Keep it in my journal</source>
      <translation>保存到我的日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="177" />
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/exercise_dialog.py" line="223" />
      <source>Keep what you have written in your journal?</source>
      <translation>要把你已经写下的内容保存到日记里吗？</translation>
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
      <location filename="../../../desktop/ui/care/farewell.py" line="56" />
      <source>Your letter</source>
      <translation>你的信</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="61" />
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="64" />
      <source>Not now</source>
      <translation>以后再说</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell.py" line="86" />
      <source>Write your letter first, or choose a last conversation.</source>
      <translation>请先写信，或者选择最后一次对话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell_closing.py" line="23" />
      <source>Goodbye, {0}</source>
      <translation>再见，{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell_closing.py" line="39" />
      <source>{0}'s photo</source>
      <translation>{0}的照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell_closing.py" line="49" />
      <source>The portrait is at rest. Your conversations and your words stay in the journal, to re-read whenever you like.</source>
      <translation>肖像已经安息。你们的对话和你写下的话都留在日记里，想重读时随时可以。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/farewell_closing.py" line="57" />
      <source>Close</source>
      <translation>关闭</translation>
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
      <location filename="../../../desktop/ui/care/over_time.py" line="114" />
      <source>No guided exercises are set up. A therapist can enable them in Usage limits and therapist settings.</source>
      <translation>还没有设置引导练习。治疗师可以在“使用限制与治疗师设置”中开启。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/over_time.py" line="128" />
      <source>Which exercise?</source>
      <translation>做哪一个练习？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/over_time.py" line="144" />
      <source>Your reflection is in the journal.</source>
      <translation>你的感想已记在日记里。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/over_time.py" line="210" />
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/over_time.py" line="214" />
      <source>Your words to {0} are in your journal.</source>
      <translation>你写给{0}的话已记在日记里。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/over_time.py" line="222" />
      <source>These words were written down, not recorded, so there is no voice to hear.</source>
      <translation>这些话是写下来的，没有录音，所以听不到声音。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/over_time.py" line="224" />
      <source>No speaker was found on this computer, so their voice cannot be played. Their words are here to read.</source>
      <translation>这台电脑上没有找到扬声器，所以无法播放声音。这些话可以在这里读到。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="60" />
      <source>A photo of {0}</source>
      <translation>{0}的照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="73" />
      <source>— {0}, in their own words</source>
      <translation>——{0}说过的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="87" />
      <source>Light the candle</source>
      <translation>点燃蜡烛</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="89" />
      <source>Write to {0}…</source>
      <translation>给{0}写几句…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="92" />
      <source>Hear their voice</source>
      <translation>听听他们的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="101" />
      <source>Not today</source>
      <translation>今天不了</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="126" />
      <source>Playing their words…</source>
      <translation>正在播放这些话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="140" />
      <source>Your words to {0} are in your journal. You can write again at any time.</source>
      <translation>你写给{0}的话已保存在日记里。你随时可以再写。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="154" />
      <source>Dear {0},</source>
      <translation>亲爱的{0}：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="155" />
      <source>Your words to {0}</source>
      <translation>你写给{0}的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="156" />
      <source>This goes into your journal, and nowhere else.</source>
      <translation>这些内容只会保存到你的日记里，不会去任何别的地方。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/quiet_moment.py" line="162" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="19" />
      <source>Usage report</source>
      <translation>使用报告</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="21" />
      <source>File type of the report</source>
      <translation>报告的文件类型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="22" />
      <source>PDF (to print or bring along)</source>
      <translation>PDF（打印或随身携带）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="23" />
      <source>CSV (for a spreadsheet)</source>
      <translation>CSV（用于电子表格）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="24" />
      <source>Include what was said in the conversations (PDF only)</source>
      <translation>包括对话中说过的话（仅 PDF）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="26" />
      <source>Include how often Keepsake paused a conversation for my safety (counts by week)</source>
      <translation>包括 Keepsake 为了我的安全暂停对话的次数（按周统计）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="29" />
      <source>Only the number of pauses each week goes in, never what was said or shown.</source>
      <translation>只写入每周暂停的次数，绝不包括说过或显示过的内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="31" />
      <source>Include my self-check results and their trend</source>
      <translation>包括我的自我检查结果及其趋势</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="33" />
      <source>Include what I wrote in guided exercises and on remembrance days</source>
      <translation>包括我在引导练习和纪念日写下的文字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_dialog.py" line="36" />
      <source>The report shows when and how long conversations were, the mood check-ins, which guided exercises were done and when, and remembrance days. The words stay private unless you include them.</source>
      <translation>报告会显示对话的时间和时长、心情记录、做过哪些引导练习及其日期，以及纪念日。除非你选择包括，文字内容都保持私密。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_export.py" line="82" />
      <source>Save the usage report</source>
      <translation>保存使用报告</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_export.py" line="90" />
      <source>Preparing the report…</source>
      <translation>正在准备报告…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_export.py" line="92" />
      <source>The report is being prepared.</source>
      <translation>报告正在准备中。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_export.py" line="96" />
      <source>The report ({0}) is saved as {1}. The file is not encrypted.</source>
      <translation>报告（{0}）已保存为 {1}。该文件没有加密。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_export.py" line="101" />
      <source>The report was not saved. {0}</source>
      <translation>报告没有保存。{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_pdf.py" line="49" />
      <source>dd MMM yyyy</source>
      <translation>yyyy年M月d日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_pdf.py" line="50" />
      <source>ddd dd MMM yyyy</source>
      <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/report_pdf.py" line="51" />
      <source>dd MMMM yyyy</source>
      <translation>yyyy年M月d日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="77" />
      <source>the person who died</source>
      <translation>离世的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="94" />
      <source>A self-check, only if you want it</source>
      <translation>自我检查，只在你愿意时做</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="128" />
      <source>The self-check asks a few questions from a questionnaire grief researchers use, every four weeks if you want, so that you can see over the months how you are. Its questions are not part of Keepsake yet: Keepsake may include them only with their authors' permission. Your therapist (or you) can add the copy they have in Therapist settings.</source>
      <translation>自我检查会问几道来自哀伤研究者所用问卷的问题，如果你愿意，可以每四周做一次，这样几个月下来你能看到自己的状况。问卷的题目目前还不在 Keepsake 里：只有得到作者许可，Keepsake 才能包含它们。你的治疗师（或你自己）可以在治疗师设置中添加手头的版本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="142" />
      <source>{0} questions from the {1}, a questionnaire grief researchers use. It takes a minute or two. You can take it every four weeks, if you want to, and see how things change over the months. It is not a diagnosis. Your answers stay on this computer, encrypted, and reach your therapist's report only if you tick it when you make the report.</source>
      <translation>{0}道来自{1}的问题，这是哀伤研究者使用的一份问卷。只需一两分钟。如果你愿意，可以每四周做一次，看看几个月来的变化。它不是诊断。你的回答加密保存在这台电脑上，只有你在生成报告时勾选，才会出现在治疗师的报告里。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="151" />
      <source>Source: {0} {1}</source>
      <translation>来源：{0} {1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="159" />
      <source>You can take it again from {0}.</source>
      <translation>从{0}起可以再做一次。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="172" />
      <source>This questionnaire has no published translation in your language, so its questions are shown as its authors wrote them.</source>
      <translation>这份问卷还没有你所用语言的正式译本，所以题目按作者原文显示。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="182" />
      <source>Thinking of</source>
      <translation>想着的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="212" />
      <source>See the result</source>
      <translation>查看结果</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="218" />
      <source>Every question needs an answer.</source>
      <translation>每道题都需要回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/selfcheck_dialog.py" line="270" />
      <source>Thank you</source>
      <translation>谢谢你</translation>
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
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="71" />
      <source>Change the PIN</source>
      <translation>更改 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="71" />
      <source>Choose a therapist PIN</source>
      <translation>设置治疗师 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="72" />
      <source>current PIN</source>
      <translation>当前 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="74" />
      <source>6 to 12 digits</source>
      <translation>6 到 12 位数字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="75" />
      <source>the same again</source>
      <translation>再输入一次</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="80" />
      <source>Current PIN</source>
      <translation>当前 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="81" />
      <source>New PIN</source>
      <translation>新 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="82" />
      <source>Repeat</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="86" />
      <source>With a PIN, the limits can only be changed by whoever knows it.</source>
      <translation>设置 PIN 后，只有知道 PIN 的人才能更改限制。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="94" />
      <source>The two PINs are not the same.</source>
      <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="115" />
      <source>Usage limits and therapist settings</source>
      <translation>使用限制和治疗师设置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="124" />
      <source>therapist PIN</source>
      <translation>治疗师 PIN</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="127" />
      <source>The limits that apply</source>
      <translation>适用的限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="142" />
      <source>PIN to save changes:</source>
      <translation>保存更改所需的 PIN：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="154" />
      <source>Change the limits</source>
      <translation>更改限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="157" />
      <source>Longest conversation</source>
      <translation>每次对话最长</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="158" />
      <source> minutes</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="159" />
      <source>Conversations a week</source>
      <translation>每周对话次数</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="161" />
      <source>Conversations a day</source>
      <translation>每天对话次数</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="163" />
      <source>Shortest gap between two</source>
      <translation>两次对话的最短间隔</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="164" />
      <source> hours</source>
      <translation>
        <numerusform> 小时</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="165" />
      <source>Only between</source>
      <translation>只在以下时间</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="170" />
      <source>Taper: one fewer every</source>
      <translation>逐步减少：每隔</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="171" />
      <source> weeks</source>
      <translation>
        <numerusform> 周减少一次</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="175" />
      <source> conversations a week at the least</source>
      <translation>
        <numerusform> 次/周（最少）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="184" />
      <source>and</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="185" />
      <source>down to</source>
      <translation>减到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="195" />
      <source>Save limits</source>
      <translation>保存限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="198" />
      <source>Remove all limits</source>
      <translation>取消所有限制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="202" />
      <source>Usage report…</source>
      <translation>使用报告…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="236" />
      <source>Until the therapist enters the PIN and saves the limits again, there are no conversations. The journal stays open.</source>
      <translation>在治疗师输入 PIN 并重新保存限制之前，暂停所有对话。日记仍可打开。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="246" />
      <source> This PIN was chosen when PINs could be shorter; please choose a new one of at least 6 digits.</source>
      <translation> 这个 PIN 是在允许较短 PIN 时设置的；请选择一个至少 6 位数字的新 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="254" />
      <source>Therapist mode is on: changing the limits needs the PIN.</source>
      <translation>治疗师模式已开启：更改限制需要 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="256" />
      <source>No PIN is set: anyone using this computer can change these limits. A therapist can choose a PIN so that only they can.</source>
      <translation>未设置 PIN：使用这台电脑的任何人都可以更改这些限制。治疗师可以设置 PIN，这样只有他们能更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="263" />
      <source>Change the PIN…</source>
      <translation>更改 PIN…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="263" />
      <source>Choose a PIN…</source>
      <translation>设置 PIN…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="321" />
      <source>The new limits are saved.</source>
      <translation>新的限制已保存。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="324" />
      <source>All limits are removed.</source>
      <translation>所有限制已取消。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/therapist_panel.py" line="346" />
      <source>The PIN is saved. Keep it somewhere safe.</source>
      <translation>PIN 已保存。请妥善保管。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/trend_chart.py" line="19" />
      <source>MMM yyyy</source>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/trend_chart.py" line="32" />
      <source>Your self-check totals over time</source>
      <translation>你历次自我检查的总分</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/care/trend_chart.py" line="78" />
      <source>Your self-checks will appear here.</source>
      <translation>你的自我检查结果会显示在这里。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/actions.py" line="44" />
      <source>One moment</source>
      <translation>请稍等</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/actions.py" line="44" />
      <source>Keepsake is still opening your data.</source>
      <translation>Keepsake 仍在打开你的资料。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="37" />
      <source>{0}, shared by {1} on {2}.</source>
      <translation>{0}，由{1}于{2}分享。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="38" />
      <source>someone</source>
      <translation>某位家人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="45" />
      <source>It holds {0} photos, {1} recordings, {2} sayings, {3} memories and {4} interview answers.</source>
      <translation>其中有 {0} 张照片、{1} 段录音、{2} 句常说的话、{3} 段回忆和 {4} 个访谈回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="52" />
      <source>{0} of the messages are sealed until the family chooses to open them.</source>
      <translation>其中 {0} 条留言是封存的，要等家人自己决定何时打开。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="72" />
      <source>Add a shared portrait</source>
      <translation>添加家人分享的肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="76" />
      <source>Open a portrait a member of your family shared with you. You will see who made it and its consent before anything is added.</source>
      <translation>打开家人分享给你的肖像。在添加任何内容之前，你会先看到是谁制作的，以及它的同意记录。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="84" />
      <source>No file chosen</source>
      <translation>尚未选择文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="85" />
      <source>Choose the file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="92" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="93" />
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="95" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="109" />
      <source>Add this portrait</source>
      <translation>添加这幅肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="119" />
      <source>Open a shared portrait</source>
      <translation>打开分享的肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="132" />
      <source>Please choose the file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="135" />
      <source>Opening…</source>
      <translation>正在打开…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="144" />
      <source>Nothing has been added yet.</source>
      <translation>还没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/adding.py" line="153" />
      <source>Checking the whole file, then adding the portrait…</source>
      <translation>正在检查整个文件，然后添加肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="9" />
      <source>In life, they agreed to this.</source>
      <translation>在世时，他们同意这样做。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="10" />
      <source>In life, they did not agree to this.</source>
      <translation>在世时，他们不同意这样做。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="11" />
      <source>Whether they would have agreed is not known.</source>
      <translation>不知道他们是否会同意。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="18" />
      <source>Consent has not been recorded for this portrait.</source>
      <translation>这幅肖像还没有记录同意。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="21" />
      <source>Recorded by {0} themselves, for {1}.</source>
      <translation>由{0}本人录制，留给{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="23" />
      <source>Recorded by {0} themselves.</source>
      <translation>由{0}本人录制。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="27" />
      <source>Made by {0}, their {1}.</source>
      <translation>由{0}（他们的{1}）制作。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="37" />
      <source>{0} ({1}) agreed.{2}</source>
      <translation>{0}（{1}）同意。{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="39" />
      <source>{0} ({1}) objected.{2}</source>
      <translation>{0}（{1}）反对。{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="40" />
      <source>{0} ({1}) was asked.{2}</source>
      <translation>已询问{0}（{1}）。{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/consent_text.py" line="49" />
      <source>Before you share: not everyone in the family agreed to this portrait.</source>
      <translation>分享之前请知道：并不是每位家人都同意这幅肖像。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_dialog.py" line="55" />
      <source>Record for my family</source>
      <translation>为家人录制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_dialog.py" line="70" />
      <source>Finish for today</source>
      <translation>今天到此为止</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="100" />
      <source>Record my answer</source>
      <translation>录下我的回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="103" />
      <source>Stop and keep</source>
      <translation>停止并保存</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="104" />
      <source>Write it instead</source>
      <translation>改为写下来</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="110" />
      <source>Write your answer here, in your own words.</source>
      <translation>在这里用你自己的话写下回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="111" />
      <source>Keep these words</source>
      <translation>保存这些话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="114" />
      <source>Seal this message until the family chooses to open it</source>
      <translation>封存这条留言，直到家人决定打开它</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="120" />
      <source>← Back</source>
      <translation>← 返回</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="121" />
      <source>Skip this question</source>
      <translation>跳过这个问题</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="122" />
      <source>Next question →</source>
      <translation>下一个问题 →</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="155" />
      <source>Question {0} of {1} · {2} answered or skipped</source>
      <translation>第 {0} 题，共 {1} 题 · 已回答或跳过 {2} 题</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="171" />
      <source>(no words were recognised)</source>
      <translation>（没有识别出文字）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="173" />
      <source>Kept: your recording, {0} s. {1}</source>
      <translation>已保存：你的录音，{0} 秒。{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="176" />
      <source>Kept: your written answer.</source>
      <translation>已保存：你写下的回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="178" />
      <source>Skipped. You can come back to it at any time.</source>
      <translation>已跳过。你随时可以回来回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="182" />
      <source>Sealed until the family opens it.</source>
      <translation>已封存，直到家人打开。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="187" />
      <source>Record again</source>
      <translation>重新录制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="225" />
      <source>Listening… take your time.</source>
      <translation>正在听… 慢慢来。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="237" />
      <source>Paused. Nothing is recorded until you resume.</source>
      <translation>已暂停。继续之前不会录下任何声音。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_panel.py" line="248" />
      <source>Writing down your words…</source>
      <translation>正在记下你的话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="30" />
      <source>Record your own answers, in your own voice, for the people you love. Keepsake asks the questions; you answer as much or as little as you like, and can stop at any time: every answer is kept as soon as you give it. Everything stays on this computer until you choose to share it.</source>
      <translation>用你自己的声音，为你爱的人录下你的回答。Keepsake 来提问，你想答多少就答多少，随时可以停下：每个回答一说完就会保存。在你选择分享之前，一切都只留在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="42" />
      <source>Mum, Grandpa, Nainai…</source>
      <translation>妈妈、爷爷、奶奶…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="44" />
      <source>my children and grandchildren</source>
      <translation>我的孩子和孙辈</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="49" />
      <source>Your name</source>
      <translation>你的名字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="50" />
      <source>What your family calls you</source>
      <translation>家人怎么称呼你</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="51" />
      <source>You are recording this for</source>
      <translation>你为谁录制</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="52" />
      <source>The language you will answer in</source>
      <translation>你回答时用的语言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="54" />
      <source>What would you like to talk about?</source>
      <translation>你想聊些什么？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="87" />
      <source>Please write your name: it is how the portrait is known.</source>
      <translation>请写下你的名字：肖像会以这个名字为人所知。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/recording_setup.py" line="90" />
      <source>Please choose at least one topic.</source>
      <translation>请至少选择一个话题。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="31" />
      <source>For a wedding day</source>
      <translation>留给婚礼那天</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="32" />
      <source>For a first child</source>
      <translation>留给第一个孩子出生时</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="33" />
      <source>For a hard day</source>
      <translation>留给难熬的日子</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="34" />
      <source>For any time</source>
      <translation>任何时候都可以</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="56" />
      <source>Messages for later</source>
      <translation>留给以后的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="60" />
      <source>{0} recorded these messages for moments still to come. A sealed message stays sealed until you choose to open it; Keepsake never opens one by itself.</source>
      <translation>{0}为将来的时刻录下了这些留言。封存的留言会一直封存，直到你决定打开；Keepsake 从不自行打开。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="68" />
      <source>Sealed messages</source>
      <translation>封存的留言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="78" />
      <source>Open this message…</source>
      <translation>打开这条留言…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="80" />
      <source>Listen</source>
      <translation>收听</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="99" />
      <source>sealed</source>
      <translation>已封存</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="101" />
      <source>opened on {0}</source>
      <translation>于{0}打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="103" />
      <source>open</source>
      <translation>已打开</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="125" />
      <source>There are no messages for later yet.</source>
      <translation>还没有留给以后的话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="127" />
      <source>Sealed. Open it when the moment comes.</source>
      <translation>已封存。到了那个时刻再打开。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="138" />
      <source>Open this message?</source>
      <translation>打开这条留言吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="139" />
      <source>{0} sealed this message ({1}). Open it now? Once opened it stays open, and the portrait may use its words.</source>
      <translation>{0}封存了这条留言（{1}）。现在打开吗？打开后就不会再封存，肖像也可能用到其中的话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sealed.py" line="159" />
      <source>Playing their recording…</source>
      <translation>正在播放他们的录音…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="54" />
      <source>Share this portrait</source>
      <translation>分享这幅肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="58" />
      <source>This makes one file with {0}'s photos, recordings, words, interview answers and consent, locked with a passphrase you choose. The journal stays on this computer. Give the file and the passphrase to the family separately.</source>
      <translation>这会生成一个文件，包含{0}的照片、录音、话语、访谈回答和同意记录，用你选择的密码锁住。日记留在这台电脑上。请把文件和密码分开交给家人。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="70" />
      <source>I know, and I want to share it all the same</source>
      <translation>我知道，但我仍然想分享</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="83" />
      <source>A few words for them (optional)</source>
      <translation>给他们的几句话（可不填）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="91" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="96" />
      <source>Your name, as they will see it</source>
      <translation>你的名字（他们会看到）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="97" />
      <source>Message</source>
      <translation>留言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="99" />
      <source>Once more</source>
      <translation>再输入一次</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="100" />
      <source>Save as</source>
      <translation>保存为</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="110" />
      <source>Share</source>
      <translation>分享</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="119" />
      <source>Save the shared portrait</source>
      <translation>保存分享的肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="127" />
      <source>Someone in the family objected: please read what they said first.</source>
      <translation>有家人反对：请先读一读他们说了什么。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="129" />
      <source>Please use at least {0} characters.</source>
      <translation>请至少使用 {0} 个字符。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="131" />
      <source>The two passphrases are not the same.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="143" />
      <source>Locking the portrait into one file…</source>
      <translation>正在把肖像锁进一个文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="154" />
      <source>Shared: {0} ({1} MB). Give the passphrase to the family another way than the file: say it, or write it down.</source>
      <translation>已分享：{0}（{1} MB）。请用文件以外的方式把密码告诉家人：当面说，或写下来。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/family/sharing.py" line="159" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/i18n.py" line="65" />
      <source>%n min</source>
      <translation>
        <numerusform>%n 分钟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/i18n.py" line="72" />
      <source>ddd d MMM yyyy, HH:mm</source>
      <translation>yyyy年M月d日 ddd HH:mm</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/i18n.py" line="77" />
      <source>ddd d MMM yyyy</source>
      <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/i18n.py" line="82" />
      <source>dddd d MMMM yyyy</source>
      <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/i18n.py" line="92" />
      <source>dddd d MMMM</source>
      <translation>M月d日 dddd</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="75" />
      <source>Export to</source>
      <translation>导出到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="87" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="93" />
      <source>{0} exported to {1}. The file is not encrypted.</source>
      <translation>已将{0}导出到 {1}。该文件没有加密。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="98" />
      <source>The export failed: {0}</source>
      <translation>导出失败：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/actions.py" line="113" />
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
      <location filename="../../../desktop/ui/journal/dialogs.py" line="48" />
      <source>What you want to write</source>
      <translation>你想写的内容</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="50" />
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="51" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="72" />
      <source>Export the journal</source>
      <translation>导出日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="74" />
      <source>Only the selected conversation</source>
      <translation>只导出选中的对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="79" />
      <source>PDF (to print or bring to a therapist)</source>
      <translation>PDF（打印或带给治疗师）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="80" />
      <source>Web page (HTML)</source>
      <translation>网页（HTML）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="81" />
      <source>Text (Markdown)</source>
      <translation>文本（Markdown）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="82" />
      <source>Data (JSON)</source>
      <translation>数据（JSON）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="85" />
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="92" />
      <source>Include the consent sheet</source>
      <translation>包括同意书</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="94" />
      <source>Include a usage summary</source>
      <translation>包括使用摘要</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="100" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="101" />
      <source>Conversations with</source>
      <translation>对话对象</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="102" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/dialogs.py" line="103" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/pdf_export.py" line="19" />
      <source>Keepsake journal</source>
      <translation>Keepsake 日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="59" />
      <source>← Portrait wall</source>
      <translation>← 肖像墙</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="62" />
      <source>Journal</source>
      <translation>日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="64" />
      <source>Write an entry…</source>
      <translation>写一篇日记…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="66" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="76" />
      <source>Whose conversations</source>
      <translation>与谁的对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="79" />
      <source>Search everything you both said and wrote…</source>
      <translation>搜索你们说过和写过的一切…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="80" />
      <source>Search the journal</source>
      <translation>搜索日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="87" />
      <source>Conversations and entries</source>
      <translation>对话和日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="90" />
      <source>The conversation</source>
      <translation>这次对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="102" />
      <source>Delete this…</source>
      <translation>删除这一项…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="104" />
      <source>Delete all conversations with this person…</source>
      <translation>删除与此人的所有对话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="116" />
      <source>Delete the conversation or entry chosen in the list</source>
      <translation>删除列表中选中的对话或日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="118" />
      <source>Choose a conversation or an entry in the list first</source>
      <translation>请先在列表中选择一次对话或一篇日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="123" />
      <source>Delete every conversation with the person chosen above</source>
      <translation>删除与上方所选之人的全部对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="125" />
      <source>Choose a person above first</source>
      <translation>请先在上方选择一个人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="166" />
      <source>{0}&lt;br&gt;{1}</source>
      <translation>{0}&lt;br&gt;{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="196" />
      <source>&lt;p style='color:#6b635b'&gt;Nothing here yet. Conversations appear here as they happen; you can also write an entry.&lt;/p&gt;</source>
      <translation>&lt;p style='color:#6b635b'&gt;这里还没有内容。对话进行时会出现在这里；你也可以写一篇日记。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="227" />
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p style='color:#6b635b'&gt;{1}&lt;/p&gt;&lt;p&gt;{2}&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p style='color:#6b635b'&gt;{1}&lt;/p&gt;&lt;p&gt;{2}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="228" />
      <source>Entry</source>
      <translation>日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="241" />
      <source>this conversation</source>
      <translation>这次对话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="241" />
      <source>this entry</source>
      <translation>这篇日记</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="244" />
      <source>Delete?</source>
      <translation>删除吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="245" />
      <source>Delete {0} from the journal for good? This cannot be undone.</source>
      <translation>要从日记中永久删除{0}吗？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="257" />
      <source>Delete all?</source>
      <translation>全部删除吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/view.py" line="258" />
      <source>Delete {0} with {1}, and the entries written to them? This cannot be undone.</source>
      <translation>要删除与{1}的{0}，以及写给这位亲人的日记吗？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="12" />
      <source>ended</source>
      <translation>已结束</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="13" />
      <source>ended unexpectedly</source>
      <translation>意外结束</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="14" />
      <source>the time limit ended it</source>
      <translation>因时间限制结束</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="19" />
      <source>agreed</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="20" />
      <source>did not agree</source>
      <translation>没有同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="21" />
      <source>not known</source>
      <translation>不知道</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="37" />
      <source>You, on the pause screen</source>
      <translation>你（在暂停页面上）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="38" />
      <source>Keepsake (paused for your safety)</source>
      <translation>Keepsake（为了你的安全而暂停）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="39" />
      <source>{0} (AI)</source>
      <translation>{0}（AI）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="40" />
      <source>{0} (said in life)</source>
      <translation>{0}（生前说过）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="41" />
      <source>(interrupted)</source>
      <translation>（被打断）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="42" />
      <source>under a minute</source>
      <translation>不到一分钟</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="43" />
      <source>Before the call you felt: {0}</source>
      <translation>通话前你的感受：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="44" />
      <source>After the call you felt: {0}</source>
      <translation>通话后你的感受：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="45" />
      <source>In your words: {0}</source>
      <translation>你写下的话：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="46" />
      <source>Your note after the call</source>
      <translation>你在通话后写下的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="48" />
      <source>Exported {0}.</source>
      <translation>导出于{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="49" />
      <source>Summary</source>
      <translation>概要</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="50" />
      <source>{0}, {1} in all.</source>
      <translation>共{0}，合计{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="51" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="52" />
      <source>{0}: portrait made by {1} ({2}); agreed in life: {3}.</source>
      <translation>{0}：肖像由{1}（{2}）制作；本人生前是否同意：{3}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/journal/words.py" line="54" />
      <source>Exported files are not encrypted: anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation>导出的文件没有加密：任何能打开文件的人都能读到内容。请把它放在私密的地方，不再需要时删除。</translation>
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
      <location filename="../../../desktop/ui/kit/candle.py" line="21" />
      <source>A candle</source>
      <translation>一支蜡烛</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/candle.py" line="28" />
      <source>A lit candle</source>
      <translation>一支点燃的蜡烛</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/date_field.py" line="26" />
      <source>A year is enough, or pick a day</source>
      <translation>只写年份也可以，或选择具体日期</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/date_field.py" line="28" />
      <source>Pick a date…</source>
      <translation>选择日期…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/date_field.py" line="29" />
      <source>Pick a date for: {0}</source>
      <translation>为“{0}”选择日期</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/date_field.py" line="45" />
      <source>Pick a date</source>
      <translation>选择日期</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/date_field.py" line="50" />
      <source>Use this date</source>
      <translation>使用这个日期</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/date_field.py" line="60" />
      <source>d MMMM yyyy</source>
      <translation>yyyy年M月d日</translation>
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
      <location filename="../../../desktop/ui/kit/dialogs.py" line="82" />
      <source>About Keepsake</source>
      <translation>关于 Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/dialogs.py" line="86" />
      <source>&lt;h2&gt;Keepsake {0}&lt;/h2&gt;&lt;p&gt;A private place to talk with a portrait of someone you lost. The portrait is an AI: it is built from the photos, recordings and words you give it, and it is always labelled as such. It is not the person, and it is not a therapist.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Keepsake needs no account, sends nothing anywhere and never contacts you.&lt;/p&gt;&lt;p style='color:#6b635b'&gt;Your data: {1}&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Keepsake {0}&lt;/h2&gt;&lt;p&gt;一个私密的地方，可以与逝去亲人的肖像交谈。肖像是 AI：它由你提供的照片、录音和话语构成，并且始终标明是 AI。它不是那个人，也不是治疗师。&lt;/p&gt;&lt;p&gt;所有内容都加密保存在这台电脑上。Keepsake 不需要账户，不向任何地方发送任何内容，也从不主动联系你。&lt;/p&gt;&lt;p style='color:#6b635b'&gt;你的资料：{1}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/guide.py" line="11" />
      <source>&lt;h2&gt;Using Keepsake&lt;/h2&gt;&lt;h3&gt;Make a portrait&lt;/h3&gt;&lt;p&gt;Choose “Add someone you miss” on the portrait wall (Ctrl+N). Give their name, a few photos, recordings of their voice if you have them, a chat export and the sayings you remember; you can also drop photos, recordings and chat exports (a WhatsApp .zip too) onto the editor. Record who made the portrait and whether they agreed; then “Create portrait”.&lt;/p&gt;&lt;h3&gt;Talk&lt;/h3&gt;&lt;p&gt;Open their page and choose “Talk”. Speak, or type and press Enter. A reply that quotes what they really said is marked “said in life”; everything else is written by the AI and marked “AI”. “Support” is always at the top of the call.&lt;/p&gt;&lt;h3&gt;The journal&lt;/h3&gt;&lt;p&gt;Every conversation is kept as it happens (Ctrl+J): read it, search it, write an entry, export it for yourself or your therapist.&lt;/p&gt;&lt;h3&gt;Limits and goodbye&lt;/h3&gt;&lt;p&gt;A therapist can set gentle usage limits with a PIN (Keepsake menu). When you are ready, “Say goodbye…” on their page offers a last conversation or a letter, then the portrait rests.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;p&gt;Ctrl+N a new portrait · Ctrl+J the journal · Ctrl+, Settings · F1 this guide · Ctrl+Q quit.&lt;/p&gt;&lt;h3&gt;Your data&lt;/h3&gt;&lt;p&gt;Everything stays on this computer, encrypted. Back it up from the Keepsake menu.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;如何使用 Keepsake&lt;/h2&gt;&lt;h3&gt;制作肖像&lt;/h3&gt;&lt;p&gt;在肖像墙上选择“添加你思念的人”（Ctrl+N）。填写他们的名字，添加几张照片、如果有的话加上他们声音的录音、聊天记录导出文件，以及你记得的他们说过的话；也可以把照片、录音和聊天记录导出（包括 WhatsApp 的 .zip）直接拖到编辑窗口里。记录是谁制作了这个肖像、本人是否同意，然后选择“创建肖像”。&lt;/p&gt;&lt;h3&gt;交谈&lt;/h3&gt;&lt;p&gt;打开他们的页面，选择“交谈”。可以说话，也可以打字后按 Enter。引用他们真正说过的话的回复会标为“生前说过”；其余内容由 AI 写成，并标为“AI”。通话页面顶部始终有“支持”。&lt;/p&gt;&lt;h3&gt;日记&lt;/h3&gt;&lt;p&gt;每次对话都会在进行时保存下来（Ctrl+J）：可以重读、搜索、写日记，也可以导出给自己或你的治疗师。&lt;/p&gt;&lt;h3&gt;限制与告别&lt;/h3&gt;&lt;p&gt;治疗师可以用 PIN 设置温和的使用限制（Keepsake 菜单）。当你准备好了，他们页面上的“告别…”可以进行最后一次对话或写一封信，之后肖像会安放下来。&lt;/p&gt;&lt;h3&gt;快捷键&lt;/h3&gt;&lt;p&gt;Ctrl+N 新建肖像 · Ctrl+J 日记 · Ctrl+, 设置 · F1 本指南 · Ctrl+Q 退出。&lt;/p&gt;&lt;h3&gt;你的资料&lt;/h3&gt;&lt;p&gt;所有内容都加密保存在这台电脑上。可以在 Keepsake 菜单中备份。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/guide.py" line="36" />
      <source>Keepsake guide</source>
      <translation>Keepsake 使用指南</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="18" />
      <source>no chat messages were recognised in this file</source>
      <translation>这个文件里没有认出聊天消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="19" />
      <source>the file has no messages with words in them</source>
      <translation>文件里没有带文字的消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="20" />
      <source>this is not a text file</source>
      <translation>这不是文本文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="21" />
      <source>the file is empty</source>
      <translation>文件是空的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="22" />
      <source>the table is damaged (a field is far too long)</source>
      <translation>表格已损坏（有一栏长得离谱）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="23" />
      <source>this page holds no WeChat messages</source>
      <translation>这个网页里没有微信消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="24" />
      <source>the page's list of messages is damaged</source>
      <translation>网页里的消息列表已损坏</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="25" />
      <source>the file is too large for a chat export</source>
      <translation>文件太大，不像是聊天记录导出</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="26" />
      <source>there is no chat (.txt) in this archive</source>
      <translation>压缩包里没有聊天记录（.txt）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="27" />
      <source>the archive could not be read</source>
      <translation>无法读取这个压缩包</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="28" />
      <source>the archive has files with unsafe names</source>
      <translation>压缩包里有名字不安全的文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="29" />
      <source>the archive holds far too many files</source>
      <translation>压缩包里的文件多得离谱</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="30" />
      <source>the archive is far too large</source>
      <translation>压缩包太大了</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="31" />
      <source>this is not a zip archive, or it is damaged</source>
      <translation>这不是 zip 压缩包，或者已经损坏</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="32" />
      <source>{0} expands far beyond its size (a zip bomb)</source>
      <translation>{0} 解压后远远超出它的大小（压缩炸弹）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="33" />
      <source>{0} is damaged</source>
      <translation>{0} 已损坏</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="34" />
      <source>{0} is encrypted</source>
      <translation>{0} 是加密的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="35" />
      <source>{0} is far larger than the archive says</source>
      <translation>{0} 比压缩包标明的大得多</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="36" />
      <source>{0} is far too large</source>
      <translation>{0} 太大了</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="38" />
      <source>the file could not be read</source>
      <translation>无法读取这个文件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="39" />
      <source>the file is far too large for a photo</source>
      <translation>文件太大，不像是照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="40" />
      <source>this is not a photo Keepsake can read</source>
      <translation>这不是 Keepsake 能读取的照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="41" />
      <source>this is not a recording Keepsake can read</source>
      <translation>这不是 Keepsake 能读取的录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="42" />
      <source>the recording is empty</source>
      <translation>录音是空的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="47" />
      <source>Reading their messages</source>
      <translation>正在读取他们的消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="48" />
      <source>Looking at {0}</source>
      <translation>正在查看 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="49" />
      <source>Listening to {0}</source>
      <translation>正在听 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="50" />
      <source>Reading {0}</source>
      <translation>正在读取 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="51" />
      <source>Saving</source>
      <translation>正在保存</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="52" />
      <source>Bringing the voice closer to theirs</source>
      <translation>正在让声音更接近他们的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="55" />
      <source>no face found: place the eyes and mouth by hand</source>
      <translation>没有找到人脸：请手动标出眼睛和嘴巴</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="56" />
      <source>too short to be a saying</source>
      <translation>太短，算不上一句话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="57" />
      <source>a very long message: only its beginning was kept</source>
      <translation>一条很长的消息：只保留了开头</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="58" />
      <source>no words were recognised in the recording</source>
      <translation>录音里没有听出话语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="59" />
      <source>already added from another source</source>
      <translation>已经从别处添加过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="60" />
      <source>a notice from WeChat, not a message</source>
      <translation>微信的通知，不是消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="61" />
      <source>a photo, sticker, file or link, not words</source>
      <translation>照片、表情、文件或链接，不是文字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="62" />
      <source>a voice message: add its recording as a clip</source>
      <translation>语音消息：请把它的录音作为录音添加</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="63" />
      <source>a photo, video or file, not words</source>
      <translation>照片、视频或文件，不是文字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="64" />
      <source>a notice from WhatsApp, not a message</source>
      <translation>WhatsApp 的通知，不是消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="65" />
      <source>not in the form Name: message</source>
      <translation>不是“名字: 消息”的格式</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="77" />
      <source>%n voice notes</source>
      <translation>
        <numerusform>%n 条语音消息</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="78" />
      <source>at most {0} from one chat</source>
      <translation>一份聊天记录最多取 {0} 条</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="80" />
      <source>%n messages</source>
      <translation>
        <numerusform>%n 条消息</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="81" />
      <source>a chat gives at most {0} sayings and memories</source>
      <translation>一份聊天记录最多取 {0} 句话和回忆</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/import_reasons.py" line="83" />
      <source>line {0}</source>
      <translation>第 {0} 行</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="15" />
      <source>Sound isn't available on this computer. You can still type and read.</source>
      <translation>这台电脑上没有可用的声音。你仍然可以打字和阅读。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="18" />
      <source>The microphone could not be used. You can still type; choose another one in Settings.</source>
      <translation>麦克风无法使用。你仍然可以打字；可以在设置中选择另一个麦克风。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="21" />
      <source>The speaker could not be used: replies are shown as captions. Choose another one in Settings.</source>
      <translation>扬声器无法使用：回复会以字幕显示。可以在设置中选择另一个扬声器。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="31" />
      <source>That passphrase doesn't open your keepsake. Nothing was changed; please try again.</source>
      <translation>这个密码短语无法打开你的资料。没有做任何更改；请再试一次。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="35" />
      <source>Please choose a passphrase of at least {0} characters.</source>
      <translation>请设置至少 {0} 个字符的密码短语。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="37" />
      <source>The key to your keepsake is no longer in this computer's keyring. Your data is untouched; restore it from a backup, or ask for help before changing anything.</source>
      <translation>这台电脑的钥匙串里已经没有你资料的密钥。你的资料没有受损；请从备份恢复，或在更改任何内容之前寻求帮助。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="42" />
      <source>The only keyring available keeps secrets in plain text, so Keepsake will not use it. Please remove keyrings.alt or use your desktop's keyring.</source>
      <translation>唯一可用的钥匙串以明文保存密码，因此 Keepsake 不会使用它。请卸载 keyrings.alt，或使用桌面系统的钥匙串。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="47" />
      <source>Your keepsake was saved by a newer version of Keepsake. Please update the app; nothing was changed.</source>
      <translation>你的资料是由更新版本的 Keepsake 保存的。请更新应用；没有做任何更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="56" />
      <source>There isn't enough space on this disk to save that. Nothing already saved was lost, and what was being saved was undone. Please free some space and try again.</source>
      <translation>磁盘空间不足，无法保存。已经保存的内容都没有丢失，正在保存的内容已撤销。请腾出一些空间后再试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="61" />
      <source>{0} is a WeChat voice message that was cut short (the file ends in the middle). Please copy it again from the phone. Nothing was added.</source>
      <translation>{0} 是一条不完整的微信语音（文件在中途就结束了）。请从手机上重新复制。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="64" />
      <source>The voice message</source>
      <translation>这条语音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="66" />
      <source>{0} is named as an AMR voice message but is not one. Please check the file. Nothing was added.</source>
      <translation>{0} 的名字像 AMR 语音，但它并不是。请检查文件。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="69" />
      <source>The recording</source>
      <translation>这段录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="71" />
      <source>{0} is not an audio file Keepsake can read ({1}). Please try another one.</source>
      <translation>{0} 不是 Keepsake 能读取的音频文件（{1}）。请换一个文件试试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="75" />
      <source>Keepsake couldn't read its data file. Nothing was deleted. Details for someone helping you: {0}.</source>
      <translation>Keepsake 无法读取数据文件。没有删除任何内容。给帮助你的人的详细信息：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="80" />
      <source>A model Keepsake needs isn't installed ({0}). Talking by typing still works where possible; reinstalling Keepsake brings it back.</source>
      <translation>缺少 Keepsake 需要的一个模型（{0}）。在可能的情况下仍可打字交谈；重新安装 Keepsake 可以恢复它。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="85" />
      <source>A model file seems damaged ({0}). Reinstalling Keepsake will repair it.</source>
      <translation>一个模型文件似乎已损坏（{0}）。重新安装 Keepsake 可以修复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="89" />
      <source>{0} has no chat template, so it cannot hold a conversation (it may be a base model). Please choose an “Instruct” or “Chat” version.</source>
      <translation>{0} 没有对话模板，因此无法进行对话（它可能是基础模型）。请选择 “Instruct” 或 “Chat” 版本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="94" />
      <source>{0} can't be used: {1}. Nothing was installed.</source>
      <translation>{0} 无法使用：{1}。没有安装任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="98" />
      <source>That model is already installed. Nothing was changed.</source>
      <translation>该模型已经安装。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="100" />
      <source>The downloaded {0} was not the published file (its checksum differs), so it was deleted. Please try again later.</source>
      <translation>下载的 {0} 与发布的文件不一致（校验和不同），因此已删除。请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="105" />
      <source> Try again to continue where it stopped.</source>
      <translation>再试一次即可从中断处继续。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="106" />
      <source>The download didn't finish: {0}.{1}</source>
      <translation>下载没有完成：{0}。{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="110" />
      <source>The measurement could not finish. Nothing was changed and Keepsake works as before. You can try again later, perhaps with fewer programs open.</source>
      <translation>测量没能完成。什么都没有改变，Keepsake 照常可用。你可以稍后再试，最好先关掉一些程序。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="115" />
      <source>That photo can't be read ({0}). Please try another one.</source>
      <translation>无法读取这张照片（{0}）。请换一张试试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="117" />
      <source>That photo is larger than a portrait can use (at most {0} megapixels). Please choose a smaller copy of it.</source>
      <translation>这张照片超出了肖像可用的大小（最多 {0} 百万像素）。请选择一张较小的副本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="126" />
      <source>The model server at {0} could not be used ({1}). Keepsake answers with the model on this computer instead; Settings, Models can check the server.</source>
      <translation>无法使用位于 {0} 的模型服务器（{1}）。Keepsake 会改用这台电脑上的模型来回答；可以在“设置”的“模型”里检查服务器。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="131" />
      <source>The face-point models could not be used ({0}), so the eyes and mouth were placed roughly. You can adjust them by hand; 'keepsake doctor' says more.</source>
      <translation>面部特征点模型无法使用（{0}），眼睛和嘴的位置只是大致放好的。你可以手动调整；“keepsake doctor”会说明更多。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="136" />
      <source>{0}: {1}. Please check the file and try again.</source>
      <translation>{0}：{1}。请检查文件后再试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="140" />
      <source>This table of messages has columns Keepsake doesn't know ({0}). Please export the chat again as text, CSV or HTML with WeChatMsg or MemoTrace. Nothing was added.</source>
      <translation>这个消息表格的列 Keepsake 不认识（{0}）。请用 WeChatMsg 或 MemoTrace 重新把聊天记录导出为文本、CSV 或 HTML。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="145" />
      <source>That archive can't be used ({0}). Nothing was added.</source>
      <translation>这个压缩包无法使用（{0}）。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="147" />
      <source>That chat export can't be read ({0}). Nothing was added.</source>
      <translation>无法读取这份聊天记录（{0}）。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="151" />
      <source>That passphrase doesn't open this shared portrait, or the file was changed on its way. Nothing was added; please check the passphrase with the person who shared it.</source>
      <translation>这个密码打不开这幅分享的肖像，或者文件在传递途中被改动了。没有添加任何内容；请和分享的人核对密码。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="156" />
      <source>The shared portrait couldn't be written in {0}. Please choose another folder; nothing was changed.</source>
      <translation>无法把分享的肖像写入 {0}。请选择另一个文件夹；什么都没有改变。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="162" />
      <source>There isn't enough space on this disk for the report. Nothing was written; please free some space or choose another place.</source>
      <translation>磁盘空间不足，无法保存报告。什么都没有写入；请腾出一些空间，或换一个位置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="166" />
      <source>The report couldn't be written in {0}. Please choose another folder; nothing was written there.</source>
      <translation>报告无法写入 {0}。请换一个文件夹；那里什么都没有写入。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="171" />
      <source>This shared portrait can't be used ({0}). Nothing was added; please ask for the file again.</source>
      <translation>这幅分享的肖像无法使用（{0}）。没有添加任何内容；请再要一次文件。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="176" />
      <source>That answer can't be kept: {0}.</source>
      <translation>无法保存这个回答：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="179" />
      <source>That PIN is not right. The next try is possible in {0}.</source>
      <translation>PIN 不正确。下一次可以在 {0} 后尝试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="182" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PIN 不正确。请再试一次。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="184" />
      <source>After several wrong PINs, entry pauses for a while. The next try is possible in {0}.</source>
      <translation>多次输入错误的 PIN 后，需要等待一段时间。下一次可以在 {0} 后尝试。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="188" />
      <source>This change needs the therapist's PIN.</source>
      <translation>此更改需要治疗师的 PIN。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="190" />
      <source>A PIN is 6 to 12 digits.</source>
      <translation>PIN 为 6 到 12 位数字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="192" />
      <source>Your settings couldn't be saved. Is the disk full?</source>
      <translation>无法保存你的设置。磁盘是否已满？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="198" />
      <source>Something went wrong. Nothing you saved was lost. Details: </source>
      <translation>出了点问题。你保存的内容都没有丢失。详细信息：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="204" />
      <source>The chat has no messages from {0}. The people in it are: {1}.</source>
      <translation>聊天记录中没有 {0} 发的消息。记录里的人有：{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="208" />
      <source>There is no portrait called {0}.</source>
      <translation>没有名为 {0} 的肖像。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="210" />
      <source>Before the first conversation with {0}, please record who made this portrait and whether they agreed to it.</source>
      <translation>在与{0}的第一次对话之前，请记录是谁制作了这个肖像，以及他们是否同意。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="215" />
      <source>That file is not a usable GGUF model. Nothing was installed.</source>
      <translation>这个文件不是可用的 GGUF 模型。没有安装任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="217" />
      <source>Your keepsake needs its passphrase to open.</source>
      <translation>需要密码短语才能打开你的资料。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="221" />
      <source>Keepsake cannot open a window here ({0}).</source>
      <translation>Keepsake 无法在这里打开窗口（{0}）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="223" />
      <source>Stopped. Nothing was changed.</source>
      <translation>已停止。没有更改任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="230" />
      <source>{0} seconds</source>
      <translation>{0} 秒</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="236" />
      <source>You can place the eyes and mouth by hand, or choose another photo.</source>
      <translation>您可以手动标出眼睛和嘴的位置，或者换一张照片。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="238" />
      <source>The face in this photo is turned to the side; a portrait needs both eyes.</source>
      <translation>这张照片中的脸侧向一边；肖像需要能看到两只眼睛。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="242" />
      <source>The face in this photo is very small, so the portrait would be blurred.</source>
      <translation>这张照片中的脸很小，做成肖像会很模糊。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="245" />
      <source>No face was found in the photo. You can place the eyes and mouth by hand.</source>
      <translation>照片中没有找到人脸。你可以手动标出眼睛和嘴巴的位置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="251" />
      <source>This photo has several faces.</source>
      <translation>这张照片里有好几张脸。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="252" />
      <source>The face in this photo is blurred, so the portrait will look soft.</source>
      <translation>这张照片中的脸有些模糊，肖像看起来会不太清晰。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="253" />
      <source>A black-and-white photo: the portrait stays black and white.</source>
      <translation>这是一张黑白照片：肖像也会是黑白的。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="254" />
      <source>A very dark photo: the face was found after brightening it.</source>
      <translation>这张照片很暗：提亮之后才找到了脸。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="255" />
      <source>The face-landmark model is not available, so a simpler face finder placed the points: please check them (Adjust face points…).</source>
      <translation>面部关键点模型不可用，因此由一个较简单的人脸检测器标出了这些点：请检查一下（“调整面部标记点…”）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="266" />
      <source>The self-check can be taken again from {0}.</source>
      <translation>从{0}起可以再做一次自我检查。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="270" />
      <source>Please answer every question; then the self-check can be kept.</source>
      <translation>请回答每一个问题，之后才能保存这次自我检查。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="272" />
      <source>This file is not a questionnaire Keepsake can use ({0}). Nothing was changed.</source>
      <translation>这个文件不是 Keepsake 可以使用的问卷（{0}）。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="276" />
      <source>This guided exercise is not among those your therapist enabled. Nothing was lost.</source>
      <translation>这个引导练习不在治疗师开启的练习之中。没有丢失任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/kit/messages.py" line="280" />
      <source>That date does not exist in the calendar. Please choose another.</source>
      <translation>日历上没有这个日期，请另选一个。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="73" />
      <source>Consent first</source>
      <translation>请先记录同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="84" />
      <source>Checking sound devices…</source>
      <translation>正在检查声音设备…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="102" />
      <source>Getting the call ready…</source>
      <translation>正在准备通话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="122" />
      <source>The call could not start</source>
      <translation>无法开始通话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="126" />
      <source>Ready. Everything stays on this computer.</source>
      <translation>准备就绪。所有内容都留在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="157" />
      <source>before: {0}</source>
      <translation>通话前：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="157" />
      <source>after: {0}</source>
      <translation>通话后：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/calls.py" line="161" />
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
      <location filename="../../../desktop/ui/main_window/first_run.py" line="36" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/first_run.py" line="37" />
      <source>Tick “I am 18 or older” to begin.</source>
      <translation>勾选“我已年满 18 岁”后才能开始。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="45" />
      <source>&amp;Keepsake</source>
      <translation>&amp;Keepsake</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="59" />
      <source>&amp;New portrait…</source>
      <translation>新建肖像(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="60" />
      <source>&amp;Journal</source>
      <translation>日记(&amp;J)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="62" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="66" />
      <source>Back up…</source>
      <translation>备份…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="67" />
      <source>Restore from a backup…</source>
      <translation>从备份恢复…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="68" />
      <source>Self-check…</source>
      <translation>自我检查…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="69" />
      <source>Guided exercises…</source>
      <translation>引导练习…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="70" />
      <source>Usage limits and therapist settings…</source>
      <translation>使用限制和治疗师设置…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="71" />
      <source>Check microphone and speaker…</source>
      <translation>检查麦克风和扬声器…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="73" />
      <source>Erase all my data…</source>
      <translation>清除我的全部资料…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="75" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="76" />
      <source>&amp;Family</source>
      <translation>家人(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="78" />
      <source>Record for my family…</source>
      <translation>为家人录制…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="79" />
      <source>Add a shared portrait…</source>
      <translation>添加家人分享的肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="84" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="85" />
      <source>Keepsake &amp;guide</source>
      <translation>Keepsake 使用指南(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/menus.py" line="89" />
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
    <message numerus="yes">
      <location filename="../../../desktop/ui/main_window/startup.py" line="121" />
      <source>%n conversations ended unexpectedly last time; they are kept in the journal up to the last turn.</source>
      <translation>
        <numerusform>上次有 %n 次对话意外结束；它们已保存在日记中，直到最后一句。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window/window.py" line="68" />
      <source>Opening your keepsake…</source>
      <translation>正在打开你的 Keepsake…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="114" />
      <source>Speaking in their voice…</source>
      <translation>正在用他们的声音说话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="118" />
      <source>Said: “{0}” (a preview, AI voice)</source>
      <translation>说了：“{0}”（预览，AI 声音）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/actions.py" line="165" />
      <source>No speaker was found</source>
      <translation>没有找到扬声器</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="42" />
      <source>Chosen chat export</source>
      <translation>已选的聊天记录</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="44" />
      <source>Choose chat export…</source>
      <translation>选择聊天记录导出文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="47" />
      <source>Who they are in the chat</source>
      <translation>聊天中哪一位是他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="60" />
      <source>Chat exports ({0})</source>
      <translation>聊天记录 ({0})</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="61" />
      <source>Chat export</source>
      <translation>聊天记录导出</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="69" />
      <source>Reading {0}…</source>
      <translation>正在读取 {0}…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="82" />
      <source>%n messages.</source>
      <translation>
        <numerusform>%n 条消息。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="85" />
      <source>%n lines left out.</source>
      <translation>
        <numerusform>%n 行未采用。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="87" />
      <source>Their voice notes in the archive become recordings.</source>
      <translation>压缩包里他们的语音会成为录音。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="90" />
      <source>Chat export: {0}.</source>
      <translation>聊天记录：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="92" />
      <source>It takes the place of {0}.</source>
      <translation>它替换了 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="99" />
      <source>{0}: {1}.</source>
      <translation>{0}：{1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/chat_choice.py" line="102" />
      <source>The chat export {0} is kept.</source>
      <translation>之前选的聊天记录 {0} 保留不变。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="63" />
      <source>Play</source>
      <translation>播放</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="65" />
      <source>Play {0}</source>
      <translation>播放 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="68" />
      <source>Reading…</source>
      <translation>正在读取…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="92" />
      <source>Recordings</source>
      <translation>录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="93" />
      <source>Add recordings…</source>
      <translation>添加录音…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="94" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="118" />
      <source>Audio ({0})</source>
      <translation>音频 ({0})</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="180" />
      <source>Select a recording to remove first</source>
      <translation>请先选中要移除的录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="193" />
      <source>Can't be read — please remove it</source>
      <translation>无法读取——请移除</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="203" />
      <source>Recordings can't be played here: {0}.</source>
      <translation>这里无法播放录音：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="215" />
      <source>Looking for a speaker…</source>
      <translation>正在查找扬声器…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="217" />
      <source>No speaker to play it on: {0}</source>
      <translation>没有可以播放的扬声器：{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="219" />
      <source>Reading the recording…</source>
      <translation>正在读取录音…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="221" />
      <source>This recording can't be read</source>
      <translation>这段录音无法读取</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="244" />
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/clip_list.py" line="246" />
      <source>Stop {0}</source>
      <translation>停止 {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/drops.py" line="78" />
      <source>and %n more</source>
      <translation>
        <numerusform>等另外 %n 个</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/drops.py" line="87" />
      <source>Added %n photos.</source>
      <translation>
        <numerusform>已添加 %n 张照片。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/drops.py" line="89" />
      <source>Added %n recordings.</source>
      <translation>
        <numerusform>已添加 %n 段录音。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/drops.py" line="91" />
      <source>%n files were already added.</source>
      <translation>
        <numerusform>%n 个文件之前已经添加过。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/drops.py" line="96" />
      <source>Keepsake can't use {0}: it takes photos, recordings and chat exports. Nothing else was changed.</source>
      <translation>Keepsake 无法使用 {0}：它只接受照片、录音和聊天记录导出。其他内容都没有改变。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="49" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="50" />
      <source>Their voice</source>
      <translation>他们的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="51" />
      <source>Their words</source>
      <translation>他们的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="89" />
      <source>Add someone you miss</source>
      <translation>添加你思念的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="94" />
      <source>Steps</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="113" />
      <source>Create portrait</source>
      <translation>创建肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="157" />
      <source>Let go to add them: each goes to its step.</source>
      <translation>松开鼠标即可添加：每个文件会放到对应的步骤里。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="167" />
      <source>This is the first step</source>
      <translation>这已经是第一步</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="170" />
      <source>This is the last step: check the consent, then create the portrait</source>
      <translation>这是最后一步：确认同意信息，然后创建肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="177" />
      <source>About them</source>
      <translation>关于他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="177" />
      <source>Only their name is needed. Everything can be changed later.</source>
      <translation>只需要他们的名字。所有内容以后都可以修改。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="191" />
      <source>Add a few photos, or drop them here. The first one with a clear face becomes the portrait; if no face is found you can place the eyes and mouth by hand later.</source>
      <translation>添加几张照片，或直接拖到这里。第一张有清晰人脸的照片会成为肖像；如果找不到人脸，之后可以手动标出眼睛和嘴巴。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="205" />
      <source>Recordings of them speaking (WAV, MP3, M4A, OGG), and WeChat voice messages (SILK, AMR), added or dropped here. Keepsake writes down what they say; you confirm or correct each saying afterwards.</source>
      <translation>他们说话的录音（WAV、MP3、M4A、OGG）以及微信语音（SILK、AMR），可以添加，也可以直接拖到这里。Keepsake 会记下他们说的话，之后由你逐句确认或更正。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="219" />
      <source>The things they always said, memories of them, and messages from an exported chat: WhatsApp (its text, or the .zip a phone shares, whose voice notes become recordings), WeChat (text, CSV or HTML from WeChatMsg or MemoTrace), or lines of “Name: message”.</source>
      <translation>他们常说的话、关于他们的回忆，以及导出的聊天记录中的消息：WhatsApp（文本，或手机分享的 .zip，其中的语音会成为录音）、微信（WeChatMsg 或 MemoTrace 导出的文本、CSV 或 HTML），或“名字: 消息”格式的文字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="228" />
      <source>One per line, in their words: Have you eaten yet?</source>
      <translation>每行一句，用他们的原话：吃饭了没有？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="229" />
      <source>One per line: She sang while cooking.</source>
      <translation>每行一条：她做饭时总爱唱歌。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="236" />
      <source>Sayings</source>
      <translation>常说的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="237" />
      <source>Memories</source>
      <translation>回忆</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="239" />
      <source>Which one is them</source>
      <translation>哪一个是他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="246" />
      <source>Needed before the first conversation, and kept with the portrait.</source>
      <translation>第一次对话之前需要填写，并与肖像一起保存。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="277" />
      <source>One chat export at a time: the last one dropped is used.</source>
      <translation>一次只能用一份聊天记录：使用最后拖入的那一份。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="298" />
      <source>Their name is needed first (step 1).</source>
      <translation>需要先填写他们的名字（第 1 步）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="300" />
      <source>{0} can't be read: please remove it first.</source>
      <translation>{0} 无法读取：请先把它移除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="302" />
      <source>Who made the portrait is needed first (the consent step).</source>
      <translation>需要先填写是谁制作了这个肖像（“同意”这一步）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="327" />
      <source>Creating the portrait. This can take a minute for recordings.</source>
      <translation>正在创建肖像。如果有录音，可能需要一分钟。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="345" />
      <source>{0}… {1}%</source>
      <translation>{0}… {1}%</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="369" />
      <source>Nothing was added. {0}</source>
      <translation>没有添加任何内容。{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/editor.py" line="373" />
      <source>Cancelled. Nothing was added.</source>
      <translation>已取消。没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/face_choice.py" line="30" />
      <source>Face {0} from the left</source>
      <translation>从左数第 {0} 张脸</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/face_choice.py" line="32" />
      <source>Which one is them?</source>
      <translation>哪一个是他们？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/face_choice.py" line="32" />
      <source>This photo has several faces:</source>
      <translation>这张照片里有几张脸：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="21" />
      <source>Agreed</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="22" />
      <source>Objected</source>
      <translation>反对</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="23" />
      <source>Not yet answered</source>
      <translation>尚未回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="34" />
      <source>Family members and their answers</source>
      <translation>家人和他们的回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="36" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="36" />
      <source>Relationship</source>
      <translation>关系</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="36" />
      <source>Their answer</source>
      <translation>他们的回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="36" />
      <source>What they said</source>
      <translation>他们说的话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/family_consent.py" line="43" />
      <source>Add a family member</source>
      <translation>添加一位家人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="40" />
      <source>Born</source>
      <translation>出生</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="40" />
      <source>Died</source>
      <translation>去世</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="42" />
      <source>Mum, 妈妈, Grandad…</source>
      <translation>妈妈、外婆、爷爷…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="44" />
      <source>English</source>
      <translation>英语</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="45" />
      <source>中文 (Chinese)</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="47" />
      <source>From who they were to you</source>
      <translation>按照他们与你的关系</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="48" />
      <source>A woman's voice</source>
      <translation>女性的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="49" />
      <source>A man's voice</source>
      <translation>男性的声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="51" />
      <source>The AI voice the portrait speaks with. Changing it starts again from that voice; “Hear their voice” on their page plays it.</source>
      <translation>肖像说话时使用的 AI 声音。更改后会从该声音重新开始；在他们的页面上点“听听他们的声音”即可试听。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="57" />
      <source>Warm, practical, teased everyone gently…</source>
      <translation>温暖、务实，总爱温和地打趣每个人…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="60" />
      <source>Short sentences; always asked if you had eaten…</source>
      <translation>句子很短；总是问你吃饭了没有…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="64" />
      <source>One per line: topics or claims the portrait must never make</source>
      <translation>每行一条：肖像绝不能谈论或声称的话题</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="67" />
      <source>Their name</source>
      <translation>他们的名字</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="68" />
      <source>What you called them</source>
      <translation>你怎么称呼他们</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="69" />
      <source>Who they were to you</source>
      <translation>他们是你的谁</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="72" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="73" />
      <source>Voice</source>
      <translation>声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="74" />
      <source>Dialect (a note)</source>
      <translation>方言（备注）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="75" />
      <source>Personality</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="76" />
      <source>How they spoke</source>
      <translation>说话方式</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="77" />
      <source>Never say</source>
      <translation>绝不说</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="137" />
      <source>Yes, they agreed</source>
      <translation>是的，他们同意过</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="139" />
      <source>Not known</source>
      <translation>不清楚</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="148" />
      <source>You are their</source>
      <translation>你是他们的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="149" />
      <source>Did they agree to this in life?</source>
      <translation>他们生前同意过这样做吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="150" />
      <source>Family asked</source>
      <translation>询问过的家人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/forms.py" line="197" />
      <source>Edit details</source>
      <translation>编辑资料</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/gallery.py" line="50" />
      <source>portrait</source>
      <translation>肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/gallery.py" line="89" />
      <source>Choose one of the photos first</source>
      <translation>请先选中一张照片</translation>
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
      <location filename="../../../desktop/ui/persona/home.py" line="106" />
      <source>A quiet place to talk with someone you miss. Everything stays on this computer.</source>
      <translation>一个安静的地方，和你思念的人说说话。所有内容都留在这台电脑上。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="158" />
      <source>Your portrait wall is empty</source>
      <translation>你的肖像墙还是空的</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="162" />
      <source>When you feel ready, add the person you would like to talk with: a photo, a few recordings of their voice, the things they always used to say.
There is no hurry, and nothing here is shared with anyone.</source>
      <translation>当你准备好时，添加你想交谈的人：一张照片、几段他们的录音、他们常说的话。
不用着急，这里的一切都不会与任何人分享。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="180" />
      <source>Or record your own portrait for your family</source>
      <translation>或者，为家人录制你自己的肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/home.py" line="183" />
      <source>Add a portrait your family shared…</source>
      <translation>添加家人分享的肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/import_notice.py" line="25" />
      <source>Added {0}, {1}, {2} and {3}.</source>
      <translation>已添加{0}、{1}、{2}和{3}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/import_notice.py" line="26" />
      <source>%n sayings</source>
      <translation>
        <numerusform>%n 句话</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/import_notice.py" line="27" />
      <source>%n memories</source>
      <translation>
        <numerusform>%n 段回忆</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/import_notice.py" line="28" />
      <source>%n photos</source>
      <translation>
        <numerusform>%n 张照片</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/import_notice.py" line="29" />
      <source>%n recordings</source>
      <translation>
        <numerusform>%n 段录音</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/import_notice.py" line="35" />
      <source>What was left out (%n)</source>
      <translation>
        <numerusform>没有导入的内容（%n）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/import_notice.py" line="42" />
      <source> {0} sayings could read as an invitation to join them: they are marked below for you to keep or set aside.</source>
      <translation> 有 {0} 句话可能会被听成邀请你去找他们：已在下面标出，请决定保留还是搁置。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/import_notice.py" line="54" />
      <source>What was left out</source>
      <translation>没有导入的内容</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/import_notice.py" line="55" />
      <source>These parts of the import were left out, and why:</source>
      <translation>导入时以下内容被略过，原因如下：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="49" />
      <source>typed</source>
      <translation>手动输入</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="50" />
      <source>from a recording</source>
      <translation>来自录音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="51" />
      <source>from messages</source>
      <translation>来自消息</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="110" />
      <source>Sayings from recordings wait for you to confirm them: double-click to check or correct the words.</source>
      <translation>来自录音的话需要你确认：双击即可检查或修改文字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="143" />
      <source>Guided exercise…</source>
      <translation>引导练习…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="146" />
      <source>Consent…</source>
      <translation>同意…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="149" />
      <source>Edit details…</source>
      <translation>编辑资料…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="157" />
      <source>For the family</source>
      <translation>给家人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="159" />
      <source>Share this portrait…</source>
      <translation>分享这幅肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="161" />
      <source>Messages for later…</source>
      <translation>留给以后的话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="163" />
      <source>Record more answers…</source>
      <translation>录制更多回答…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="168" />
      <source>Say goodbye…</source>
      <translation>告别…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="170" />
      <source>A last conversation or a letter, then retire the portrait</source>
      <translation>最后一次对话或一封信，然后让肖像退休</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="174" />
      <source>Bring back…</source>
      <translation>找回…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="179" />
      <source>Put away</source>
      <translation>收起来</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="182" />
      <source>Delete portrait…</source>
      <translation>删除肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="194" />
      <source>Use as portrait</source>
      <translation>设为肖像</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="197" />
      <source>Adjust face points…</source>
      <translation>调整面部标记点…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="218" />
      <source>Consent has not been recorded yet: conversations wait for it.</source>
      <translation>尚未记录同意：对话需要等到记录之后。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="241" />
      <source>Show on the wall</source>
      <translation>显示在肖像墙上</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="243" />
      <source>You said goodbye on {0:%d %B %Y}. Your conversations stay in the journal to re-read; calls are no longer offered.</source>
      <translation>你在 {0:%Y年%m月%d日} 告别。你们的对话保留在日记中供你重读；不再提供通话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="277" />
      <source>Finding the face…</source>
      <translation>正在寻找脸部…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="361" />
      <source>memory</source>
      <translation>回忆</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="363" />
      <source>said in life, {0}</source>
      <translation>生前说过，{0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="365" />
      <source>  — please confirm</source>
      <translation>  — 请确认</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="380" />
      <source>Correct the words if needed:</source>
      <translation>如有需要，请修改文字：</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="394" />
      <source>Delete {0}?</source>
      <translation>删除{0}吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/page.py" line="395" />
      <source>This removes {0}'s portrait for good: {1}, {2} and {3}. This cannot be undone.</source>
      <translation>这会永久删除{0}的肖像：{1}、{2}和{3}。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/persona/page.py" line="401" />
      <source>%n sayings and memories</source>
      <translation>
        <numerusform>%n 句话和回忆</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="36" />
      <source>Looking for a face…</source>
      <translation>正在查找人脸…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="38" />
      <source>Face found</source>
      <translation>找到了人脸</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="39" />
      <source>No face found — place the points</source>
      <translation>没有找到人脸——请手动标点</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="40" />
      <source>Too large to use — please remove it</source>
      <translation>照片太大，无法使用——请移除</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="44" />
      <source>The face was found: this photo can become the portrait.</source>
      <translation>找到了人脸：这张照片可以作为肖像。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="45" />
      <source>No face was found. You can keep it: after creating, choose it on their page and place the eyes and mouth by hand.</source>
      <translation>没有找到人脸。你可以保留它：创建之后，在他们的页面上选中这张照片，手动标出眼睛和嘴巴。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="49" />
      <source>This photo is larger than Keepsake can read.</source>
      <translation>这张照片太大，Keepsake 无法读取。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="50" />
      <source>This file is not a photo Keepsake can read, or is damaged.</source>
      <translation>这个文件不是 Keepsake 能读取的照片，或者已经损坏。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="80" />
      <source>Add photos…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="97" />
      <source>Images ({0})</source>
      <translation>图片 ({0})</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/photo_list.py" line="163" />
      <source>Select a photo to remove first</source>
      <translation>请先选中要移除的照片</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="44" />
      <source>Their birthday</source>
      <translation>他们的生日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="45" />
      <source>The anniversary of their death</source>
      <translation>他们的忌日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="46" />
      <source>Qingming (清明)</source>
      <translation>清明</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="49" />
      <source>A day of my own</source>
      <translation>我自己的日子</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="52" />
      <source>the second Sunday of May</source>
      <translation>五月的第二个星期日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="53" />
      <source>Mothering Sunday, three weeks before Easter</source>
      <translation>英国母亲节（复活节前三周的星期日）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="54" />
      <source>the third Sunday of June</source>
      <translation>六月的第三个星期日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="55" />
      <source>the first Sunday of September</source>
      <translation>九月的第一个星期日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="56" />
      <source>8 August</source>
      <translation>8月8日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="60" />
      <source>China</source>
      <translation>中国</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="61" />
      <source>United Kingdom</source>
      <translation>英国</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="62" />
      <source>Ireland</source>
      <translation>爱尔兰</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="64" />
      <source>New Zealand</source>
      <translation>新西兰</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="66" />
      <source>Hong Kong</source>
      <translation>中国香港</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="67" />
      <source>Taiwan</source>
      <translation>中国台湾</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="68" />
      <source>Singapore</source>
      <translation>新加坡</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="90" />
      <source>{0} · today</source>
      <translation>{0} · 今天</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="91" />
      <source>{0} · next: {1}</source>
      <translation>{0} · 下一次：{1}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="100" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="104" />
      <source>Day of the month</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="107" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="109" />
      <source>not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="115" />
      <source>Mark a day</source>
      <translation>标记一个日子</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="121" />
      <source>e.g. the day we moved to the sea</source>
      <translation>例如：我们搬到海边的那天</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="123" />
      <source>As in Settings</source>
      <translation>与设置中相同</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="132" />
      <source>Which day</source>
      <translation>哪一天</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="136" />
      <source>year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="143" />
      <source>As kept in</source>
      <translation>按哪里的习俗</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="152" />
      <source>On this day, when you open Keepsake, the home screen offers a quiet moment with them. Nothing ever appears on its own.</source>
      <translation>在这一天，当你打开 Keepsake 时，主页会为你和他们留出一段安静的时光。不会有任何东西自己弹出来。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="206" />
      <source>In years without 29 February, it is kept on 28 February.</source>
      <translation>在没有2月29日的年份，会在2月28日纪念。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="207" />
      <source>Next: {0}.</source>
      <translation>下一次：{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="217" />
      <source>Please give your day a name.</source>
      <translation>请给这个日子起个名字。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="248" />
      <source>Days to remember them by. On such a day, when you open Keepsake, the home screen offers a quiet moment.</source>
      <translation>用来纪念他们的日子。在这样的日子里，当你打开 Keepsake 时，主页会为你留出一段安静的时光。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/persona/remembrance_editor.py" line="255" />
      <source>Mark a day…</source>
      <translation>标记一个日子…</translation>
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
      <location filename="../../../desktop/ui/settings/actions.py" line="102" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/actions.py" line="113" />
      <source>Restart Keepsake?</source>
      <translation>重新启动 Keepsake 吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/actions.py" line="114" />
      <source>Keepsake shows the new language everywhere after it restarts. Restart now?</source>
      <translation>Keepsake 重新启动后会在所有地方显示新的语言。现在重新启动吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="88" />
      <source>Microphone and speaker</source>
      <translation>麦克风和扬声器</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="98" />
      <source>Let's check that you can be heard and that you can hear the reply.</source>
      <translation>我们来确认一下：对方能听到你，你也能听到回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="105" />
      <source>Microphone level</source>
      <translation>麦克风音量</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="106" />
      <source>Play a test sound</source>
      <translation>播放测试声音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="108" />
      <source>Say something</source>
      <translation>说几句话</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="109" />
      <source>Speaker</source>
      <translation>扬声器</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="139" />
      <source>If the bar moves when you speak and you hear the chime, you are ready.</source>
      <translation>如果你说话时音量条在动，并且能听到提示音，就可以开始了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="142" />
      <source>No microphone was found: in calls you can type instead of speaking.</source>
      <translation>没有找到麦克风：通话时可以用打字代替说话。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/audio_check.py" line="144" />
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
      <location filename="../../../desktop/ui/settings/dialog.py" line="31" />
      <source>System default</source>
      <translation>系统默认</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="33" />
      <source>PortAudio is not installed (on Debian/Ubuntu: the libportaudio2 package)</source>
      <translation>未安装 PortAudio（在 Debian/Ubuntu 上：libportaudio2 软件包）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="36" />
      <source>The sound library of Keepsake is missing</source>
      <translation>缺少 Keepsake 的声音组件</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="37" />
      <source>The sound system did not answer</source>
      <translation>声音系统没有响应</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="38" />
      <source>No sound card or microphone was found</source>
      <translation>没有找到声卡或麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="76" />
      <source>When I have finished speaking</source>
      <translation>等我说完再回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="77" />
      <source>After a fixed pause</source>
      <translation>固定停顿之后</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="80" />
      <source>When I have finished speaking: a short pause is enough once your sentence is complete, and a longer one is waited out while you are still thinking.</source>
      <translation>等我说完再回答：句子说完时，短暂停顿就够了；还在思考时，会耐心等待更长的停顿。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="85" />
      <source>Pause before replying</source>
      <translation>回复前的停顿</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="89" />
      <source> ms</source>
      <translation> 毫秒</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="91" />
      <source>How long a pause means you have finished speaking.</source>
      <translation>停顿多久算作你说完了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="92" />
      <source>Fixed pause</source>
      <translation>固定停顿</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="100" />
      <source>Hold the space bar to talk, instead of listening all the time</source>
      <translation>按住空格键说话，而不是一直聆听</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="105" />
      <source>As this computer is set up</source>
      <translation>按这台电脑的设置</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="109" />
      <source>Whose helplines come first in Support</source>
      <translation>在“支持”中优先显示哪个国家的求助热线</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="110" />
      <source>Country for helplines</source>
      <translation>求助热线所在国家</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="119" />
      <source>Language of Keepsake</source>
      <translation>Keepsake 的语言</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="137" />
      <source>{0}. You can still talk by typing and read the replies.</source>
      <translation>{0}。你仍然可以打字交谈并阅读回复。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="154" />
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="156" />
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="158" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="169" />
      <source>Microphone</source>
      <translation>麦克风</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="180" />
      <source>Optional: a name, e.g. Anna</source>
      <translation>可选：一个名字，比如 小芳</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="182" />
      <source>If Keepsake pauses a conversation for your safety, it shows "Call NAME" with this number. Keepsake never contacts anyone itself.</source>
      <translation>如果 Keepsake 为了你的安全暂停对话，会显示“打给 某某”和这个号码。Keepsake 自己从不联系任何人。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="188" />
      <source>Their phone number</source>
      <translation>TA 的电话号码</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="192" />
      <source>Someone you trust</source>
      <translation>你信任的人</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="193" />
      <source>Their number</source>
      <translation>TA 的号码</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/dialog.py" line="194" />
      <source>Kept in your keepsake, which is not open yet: open it to change who you trust.</source>
      <translation>保存在你的资料中，资料还没有打开：打开后才能更改你信任的人。</translation>
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
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="52" />
      <source>Copies kept aside</source>
      <translation>留存的副本</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="59" />
      <source>Remove…</source>
      <translation>移除…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="78" />
      <source>{0} copies kept aside, {1} in all.</source>
      <translation>另行保存了 {0} 份副本，共 {1}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="84" />
      <source>No copies are kept aside.</source>
      <translation>没有另行保存的副本。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="97" />
      <source>Remove this copy?</source>
      <translation>移除这份副本？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/kept_aside_panel.py" line="98" />
      <source>This deletes the copy kept aside on {0} ({1}) for good. What Keepsake holds now is not touched.</source>
      <translation>这会永久删除 {0} 另行保存的副本（{1}）。Keepsake 现在保存的内容不受影响。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="37" />
      <source>Loading the models…</source>
      <translation>正在载入模型…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="38" />
      <source>Timing each model on its own…</source>
      <translation>正在分别测量每个模型的速度…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="39" />
      <source>Trying three spoken turns in real time…</source>
      <translation>正在实时试说三轮话…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="40" />
      <source>Drawing the portrait…</source>
      <translation>正在绘制肖像…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="64" />
      <source>How fast this PC is</source>
      <translation>这台电脑有多快</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="75" />
      <source>Measure this PC</source>
      <translation>测一测这台电脑</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="77" />
      <source>Takes a few minutes and keeps the computer busy meanwhile. Nothing leaves this PC.</source>
      <translation>需要几分钟，期间电脑会比较忙。任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="83" />
      <source>How far the measurement is</source>
      <translation>测量进度</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="85" />
      <source>Cancel the measurement</source>
      <translation>取消测量</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="106" />
      <source>Not measured yet. Measuring shows how soon replies start here and how fast each model runs, so the list below can say which ones suit this PC.</source>
      <translation>还没有测量过。测量会显示在这台电脑上回答多快开始、每个模型运行多快，下面的列表就能说明哪些模型适合这台电脑。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="113" />
      <source>Measured on {0}.</source>
      <translation>测量于{0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="144" />
      <source>Starting…</source>
      <translation>正在开始…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="162" />
      <source>Step {0} of {1}: {2}</source>
      <translation>第 {0} 步，共 {1} 步：{2}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="165" />
      <source>Done. The list below now uses these figures.</source>
      <translation>完成。下面的列表现在按这些结果估计。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="175" />
      <source>Stopped. Nothing was changed; you can measure again at any time.</source>
      <translation>已停止。什么都没有改变，你随时可以再测。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_panel.py" line="180" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="14" />
      <source>{0:.1f} s</source>
      <translation>{0:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="20" />
      <source>The measurement found no figures to show.</source>
      <translation>这次测量没有可显示的结果。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="22" />
      <source>Replies start in about {0} on this PC.</source>
      <translation>在这台电脑上，回答大约{0}后开始。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="24" />
      <source>Conversations will feel natural.</source>
      <translation>谈话会感觉很自然。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="27" />
      <source>There is a short pause before each reply, like someone thinking.</source>
      <translation>每次回答前会有短暂的停顿，就像有人在想一想。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="32" />
      <source>That is a long pause: a smaller conversation model, or a model server on a faster computer, would answer sooner.</source>
      <translation>这个停顿比较长：换一个更小的对话模型，或使用更快电脑上的模型服务器，回答会来得更快。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../desktop/ui/settings/measure_words.py" line="47" />
      <source>The conversation model writes about %n words a second.</source>
      <translation>
        <numerusform>对话模型每秒大约写出 %n 个词。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="55" />
      <source>It understands speech about {0:.0f} times faster than it is spoken.</source>
      <translation>它听懂语音的速度大约是说话速度的 {0:.0f} 倍。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="62" />
      <source>The portrait moves smoothly ({0:.0f} pictures a second).</source>
      <translation>肖像动得很流畅（每秒 {0:.0f} 帧）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="64" />
      <source>The portrait moves a little stiffly here ({0:.0f} pictures a second).</source>
      <translation>在这台电脑上，肖像动得有点僵硬（每秒 {0:.0f} 帧）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/measure_words.py" line="69" />
      <source>A call is ready about {0} after it starts.</source>
      <translation>通话开始后大约{0}就准备好了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="45" />
      <source>Understanding speech</source>
      <translation>理解语音</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="46" />
      <source>Conversation (language model)</source>
      <translation>对话（语言模型）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="57" />
      <source>installed</source>
      <translation>已安装</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="58" />
      <source>ready to install (no download)</source>
      <translation>可以安装（无需下载）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="59" />
      <source>download {0}</source>
      <translation>下载 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="60" />
      <source>not installed</source>
      <translation>未安装</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="66" />
      <source>{0:.1f} GB</source>
      <translation>{0:.1f} GB</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="68" />
      <source>{0:.0f} MB</source>
      <translation>{0:.0f} MB</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="76" />
      <source> (any language)</source>
      <translation>（多语言）</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="107" />
      <source>Models run on this computer. Better ones understand and answer more naturally but need more memory. Downloads happen only when you ask, from huggingface.co.</source>
      <translation>模型在这台电脑上运行。更好的模型理解和回答更自然，但需要更多内存。只有在你要求时才会从 huggingface.co 下载。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="124" />
      <source>Import a model file…</source>
      <translation>导入模型文件…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="126" />
      <source>A .gguf chat model, a Piper .onnx voice, or a Whisper folder</source>
      <translation>一个 .gguf 对话模型、一个 Piper .onnx 声音，或一个 Whisper 文件夹</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="154" />
      <source>Use this one</source>
      <translation>使用这个</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="156" />
      <source>Get it…</source>
      <translation>获取…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="191" />
      <source>in use</source>
      <translation>正在使用</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="193" />
      <source>recommended</source>
      <translation>推荐</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="199" />
      <source>{0} · {1} MB memory · {2} · {3}</source>
      <translation>{0} · 内存 {1} MB · {2} · {3}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="217" />
      <source>Choose a model in the list first.</source>
      <translation>请先在列表中选择一个模型。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="240" />
      <source>{0} is not installed yet: choose “Get it…” first.</source>
      <translation>{0} 尚未安装：请先选择“获取…”。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="245" />
      <source>{0} will be used from the next conversation on.</source>
      <translation>从下一次对话开始将使用 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="254" />
      <source>{0} is already installed.</source>
      <translation>{0} 已经安装。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="260" />
      <source>Installing {0}</source>
      <translation>正在安装 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="268" />
      <source>{0} cannot be downloaded; import its files instead.</source>
      <translation>{0} 无法下载；请改为导入它的文件。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="273" />
      <source>Download a model?</source>
      <translation>下载模型吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="274" />
      <source>{0} ({1}) will be downloaded from huggingface.co ({2}). This is the only time Keepsake uses the internet; nothing about you is sent. Each file is checked against its published checksum.</source>
      <translation>{0}（{1}）将从 huggingface.co（{2}）下载。这是 Keepsake 唯一一次使用互联网；不会发送任何关于你的信息。每个文件都会与发布的校验和进行核对。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="284" />
      <source>Downloading {0}</source>
      <translation>正在下载 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="297" />
      <source>{0} came with Keepsake and stays installed.</source>
      <translation>{0} 随 Keepsake 一起提供，会保持安装。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="301" />
      <source>This model is in use: choose another one first.</source>
      <translation>这个模型正在使用：请先选择另一个。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="305" />
      <source>Remove the model?</source>
      <translation>移除模型吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="306" />
      <source>{0} will be deleted from this PC.</source>
      <translation>{0} 将从这台电脑上删除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="309" />
      <source>{0} was removed.</source>
      <translation>{0} 已移除。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="316" />
      <source>Import a model</source>
      <translation>导入模型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="316" />
      <source>Models (*.gguf *.onnx);;All files (*)</source>
      <translation>模型 (*.gguf *.onnx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="319" />
      <source>Or a Whisper model folder</source>
      <translation>或者选择一个 Whisper 模型文件夹</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="336" />
      <source>Choose a .gguf file, a Piper .onnx voice or a Whisper folder.</source>
      <translation>请选择一个 .gguf 文件、一个 Piper .onnx 声音或一个 Whisper 文件夹。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="339" />
      <source>Importing {0}</source>
      <translation>正在导入 {0}</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="347" />
      <source>Please wait for the current model to finish.</source>
      <translation>请等待当前模型完成。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="379" />
      <source>{0} is installed. Choose “Use this one” to talk with it.</source>
      <translation>{0} 已安装。选择“使用这个”即可用它交谈。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_manager.py" line="386" />
      <source>Stopped. A download can continue where it stopped next time.</source>
      <translation>已停止。下次下载可以从中断处继续。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="33" />
      <source>Nothing answered at this address. Is the server running?</source>
      <translation>这个地址没有回应。服务器在运行吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="34" />
      <source>The server did not answer in time.</source>
      <translation>服务器没有及时回应。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="35" />
      <source>The server refused the request.</source>
      <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="36" />
      <source>The server stopped answering midway.</source>
      <translation>服务器回答到一半停止了。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="37" />
      <source>This does not look like an OpenAI-compatible server (…/v1).</source>
      <translation>这看起来不像兼容 OpenAI 的服务器（…/v1）。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="38" />
      <source>This is not an address Keepsake can use. Try http://127.0.0.1:11434/v1</source>
      <translation>Keepsake 无法使用这个地址。请试试 http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="50" />
      <source>Use a model server</source>
      <translation>使用模型服务器</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="54" />
      <source>Answer with a model from a model server</source>
      <translation>用模型服务器上的模型来回答</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="58" />
      <source>If you run Ollama, llama.cpp's server or LM Studio, Keepsake can use one of its models for the conversation. The built-in model answers whenever the server cannot.</source>
      <translation>如果你在运行 Ollama、llama.cpp 服务器或 LM Studio，Keepsake 可以用其中的模型来对话。服务器无法回答时，由内置模型回答。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="69" />
      <source>Find models</source>
      <translation>查找模型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="79" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="82" />
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="125" />
      <source>Send the conversation to another computer?</source>
      <translation>要把对话发送到另一台电脑吗？</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="126" />
      <source>{0} is not this computer. While this server is used, everything you say in a conversation, and the portrait's words, will be sent to it. Keepsake sends nothing anywhere else. Only do this with a computer of your own that you trust.</source>
      <translation>{0} 不是这台电脑。使用这个服务器时，你在对话中说的每句话以及肖像的话都会发送到那里。Keepsake 不会发送到其他任何地方。请只在你自己的、信任的电脑上这样做。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="143" />
      <source>This server is on this computer: nothing leaves it.</source>
      <translation>这个服务器就在这台电脑上：没有任何内容离开它。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="146" />
      <source>Conversations will be sent to {0}, as you agreed.</source>
      <translation>按照你的同意，对话将发送到 {0}。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="150" />
      <source>{0} is not this computer: Keepsake will ask before sending anything.</source>
      <translation>{0} 不是这台电脑：发送任何内容之前，Keepsake 都会先问你。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="167" />
      <source>Asking the server for its models…</source>
      <translation>正在向服务器询问它的模型…</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="182" />
      <source>{0} models found. Choose one.</source>
      <translation>找到 {0} 个模型。请选择一个。</translation>
    </message>
    <message>
      <location filename="../../../desktop/ui/settings/model_server_panel.py" line="184" />
      <source>The server has no models yet. Add one there first (for example: ollama pull qwen2.5:1.5b).</source>
      <translation>服务器上还没有模型。请先在那里添加一个（例如：ollama pull qwen2.5:1.5b）。</translation>
    </message>
  </context>
</TS>
