<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Keepsake</name>
    <message>
      <location filename="../../../desktop/ui/audio_check.py" line="50" />
      <source>Microphone and speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/audio_check.py" line="58" />
      <source>Before your first call, let's check that you can be heard and hear the reply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/audio_check.py" line="66" />
      <source>Play a test sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/audio_check.py" line="68" />
      <source>Say something</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/audio_check.py" line="69" />
      <source>Speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/audio_check.py" line="78" />
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="122" />
      <source>Time left in this conversation, as agreed in the usage limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="124" />
      <source>AI portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="126" />
      <source>This is an AI made from memories, not the real person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="128" />
      <source>Support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="130" />
      <source>Helplines and support, if you need someone to talk to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="144" />
      <source>Type instead of speaking, then press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="146" />
      <source>Mute microphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="149" />
      <source>Hold to talk (space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="154" />
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="156" />
      <source>Stop listening and speaking for a moment; the call stays open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="158" />
      <source>End call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="204" />
      <source>I didn't catch that. Please say it again, or type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="212" />
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_screen.py" line="268" />
      <source>Our time is up for today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/call_setup.py" line="131" />
      <source>Sound could not be started: you can talk by typing and read the replies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="104" />
      <source>Your letter to {0} is in the journal, and the portrait is retired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="122" />
      <source>Retire {0}'s portrait?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="123" />
      <source>Your conversations with {0} stay in the journal. Calls will no longer be offered; you can bring the portrait back later if you need to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="140" />
      <source>Bring {0}'s portrait back?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="141" />
      <source>Calls with {0} will be offered again. If saying goodbye was agreed with a therapist, it may help to talk it over with them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="151" />
      <source>Therapist PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="151" />
      <source>The therapist's PIN:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/care_actions.py" line="158" />
      <source>Not brought back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/dialogs.py" line="47" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/dialogs.py" line="51" />
      <source>Once more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/dialogs.py" line="68" />
      <source>Please use at least {0} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/dialogs.py" line="72" />
      <source>The two passphrases are not the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/dialogs.py" line="124" />
      <source>About Keepsake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/dialogs.py" line="128" />
      <source>&lt;h2&gt;Keepsake {0}&lt;/h2&gt;&lt;p&gt;A private place to talk with a portrait of someone you lost. The portrait is an AI: it is built from the photos, recordings and words you give it, and it is always labelled as such. It is not the person, and it is not a therapist.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Keepsake needs no account, sends nothing anywhere and never contacts you.&lt;/p&gt;&lt;p style='color:#7a7168'&gt;Your data: {1}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="32" />
      <source>Say goodbye to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="35" />
      <source>&lt;p&gt;When you feel ready, you can say goodbye to {0}'s portrait.&lt;/p&gt;&lt;p&gt;You can have one last conversation, or write a letter. Afterwards the portrait is retired: every conversation stays in your journal to re-read, but calls are no longer offered. Later you can put the portrait away or delete it, and you can bring it back if you need to.&lt;/p&gt;&lt;p&gt;There is no hurry.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="45" />
      <source>Have a last conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="46" />
      <source>Write a letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="53" />
      <source>Dear {0}, … (the letter is kept in your journal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="61" />
      <source>Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/farewell.py" line="79" />
      <source>Write your letter first, or choose a last conversation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/first_run.py" line="14" />
      <source>Welcome to Keepsake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/first_run.py" line="17" />
      <source>&lt;h2&gt;Before you begin&lt;/h2&gt;&lt;p&gt;&lt;b&gt;What Keepsake is.&lt;/b&gt; A private place to talk with a portrait of someone you lost, made from their photos, their voice and the words they used. When a reply is one of their real sayings, it is marked “said in life”; everything else is written by an AI and marked “AI”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it is not.&lt;/b&gt; It is not the person, and it cannot know what they would say now. It is not therapy or a crisis service. If you are struggling, please talk to someone you trust; support lines are one click away in every call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data.&lt;/b&gt; Everything stays on this computer, encrypted, in &lt;code&gt;{0}&lt;/code&gt;. Keepsake has no account, sends nothing anywhere, sends no notifications and never starts a conversation.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/first_run.py" line="33" />
      <source>I am 18 or older</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/first_run.py" line="35" />
      <source>Begin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/first_run.py" line="36" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="58" />
      <source>Open {0}'s page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="74" />
      <source>Talk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="79" />
      <source>Said goodbye</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="101" />
      <source>Keepsake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="104" />
      <source>A quiet place to talk with someone you miss. Everything stays on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="113" />
      <source>Add someone you miss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="116" />
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="152" />
      <source>Your portrait wall is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/home.py" line="156" />
      <source>When you feel ready, add the person you would like to talk with: a photo, a few recordings of their voice, the things they always used to say.
There is no hurry, and nothing here is shared with anyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="42" />
      <source>Write an entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="46" />
      <source>A letter to Mum, a memory of today…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="49" />
      <source>About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="50" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="71" />
      <source>Export the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="73" />
      <source>Only the selected conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="91" />
      <source>Include the consent sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="93" />
      <source>Include a usage summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="99" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="100" />
      <source>Conversations with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="101" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_dialogs.py" line="102" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="51" />
      <source>← Portrait wall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="56" />
      <source>Write an entry…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="58" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="70" />
      <source>Search everything you both said and wrote…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="84" />
      <source>Delete this…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="86" />
      <source>Delete all conversations with this person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="97" />
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="129" />
      <source>{0}&lt;br&gt;{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="152" />
      <source>&lt;p style='color:#7a7168'&gt;Nothing here yet. Conversations appear here as they happen; you can also write an entry.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="177" />
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p style='color:#7a7168'&gt;{1:%A %d %B %Y}&lt;/p&gt;&lt;p&gt;{2}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="190" />
      <source>Delete?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="191" />
      <source>Delete {0} from the journal for good? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="207" />
      <source>Delete all?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/journal_view.py" line="208" />
      <source>Delete all {0} conversations with {1}, and the entries written to them? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/limit_screen.py" line="27" />
      <source>Not just now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/limit_screen.py" line="36" />
      <source>In the meantime, you could read your past conversations, or write down what you would like to say next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/limit_screen.py" line="42" />
      <source>Open the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/limit_screen.py" line="45" />
      <source>Write in the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/limit_screen.py" line="47" />
      <source>Back to the portraits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="116" />
      <source>Getting ready…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="125" />
      <source>&amp;Keepsake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="126" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="130" />
      <source>&amp;Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="134" />
      <source>Back up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="137" />
      <source>Restore from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="140" />
      <source>Usage limits and therapist settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="143" />
      <source>Check microphone and speaker…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="147" />
      <source>Erase all my data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="151" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="155" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="156" />
      <source>&amp;About Keepsake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="169" />
      <source>Settings reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="170" />
      <source>Your settings file could not be read, so the defaults apply. The old file was kept as {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="176" />
      <source>Keepsake needs your confirmation before it can be used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="195" />
      <source>Getting the voice and the models ready…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="213" />
      <source>Ready. Everything stays on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="238" />
      <source>Your keepsake is locked. Restart Keepsake to unlock it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="241" />
      <source>Keepsake couldn't open your data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="258" />
      <source>{0} conversation(s) ended unexpectedly last time; they are kept in the journal up to the last turn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="302" />
      <source>Consent first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="303" />
      <source>Before the first conversation with {0}, please record who made this portrait and whether they agreed to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="320" />
      <source>The call could not start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="401" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="416" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="421" />
      <source>{0} conversations exported to {1}. The file is not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="428" />
      <source>The export failed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="449" />
      <source>Back up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="464" />
      <source>Restore from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="473" />
      <source>Restore?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="474" />
      <source>Restoring replaces what Keepsake holds now with the backup. The current data is kept aside in the data folder, not deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="492" />
      <source>Nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="498" />
      <source>Backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="516" />
      <source>Erase all my data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="517" />
      <source>This deletes every portrait, photo, recording, saying and conversation kept by Keepsake on this computer. Backups you made elsewhere are not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="524" />
      <source>Erase all my data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="524" />
      <source>To confirm, type ERASE:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="532" />
      <source>Everything was erased.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="559" />
      <source>Speaking in their voice…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="563" />
      <source>Said: “{0}” (a preview, AI voice)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="592" />
      <source>One moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="592" />
      <source>Keepsake is still opening your data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/main_window.py" line="619" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="80" />
      <source>Models run on this computer. Better ones understand and answer more naturally but need more memory. Downloads happen only when you ask, from huggingface.co.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="91" />
      <source>Import a model file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="93" />
      <source>A .gguf chat model, a Piper .onnx voice, or a Whisper folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="100" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="118" />
      <source>Use this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="120" />
      <source>Get it…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="122" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="177" />
      <source>Choose a model in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="194" />
      <source>{0} is not installed yet: choose “Get it…” first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="199" />
      <source>{0} will be used from the next conversation on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="208" />
      <source>{0} is already installed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="222" />
      <source>{0} cannot be downloaded; import its files instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="227" />
      <source>Download a model?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="228" />
      <source>{0} ({1}) will be downloaded from huggingface.co ({2}). This is the only time Keepsake uses the internet; nothing about you is sent. Each file is checked against its published checksum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="251" />
      <source>{0} came with Keepsake and stays installed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="255" />
      <source>This model is in use: choose another one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="259" />
      <source>Remove the model?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="260" />
      <source>{0} will be deleted from this PC.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="263" />
      <source>{0} was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="270" />
      <source>Import a model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="273" />
      <source>Or a Whisper model folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="289" />
      <source>Choose a .gguf file, a Piper .onnx voice or a Whisper folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/model_manager.py" line="300" />
      <source>Please wait for the current model to finish.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="29" />
      <source>How are you feeling?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="34" />
      <source>Only if you want to: this stays in your journal, and you can skip it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="44" />
      <source>A few words, if you like</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="46" />
      <source>A note about this conversation (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="48" />
      <source>Don't ask me this again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="50" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/mood.py" line="51" />
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="128" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="129" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="130" />
      <source>Create portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="203" />
      <source>One per line, in their words: Have you eaten yet?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="204" />
      <source>One per line: She sang while cooking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="207" />
      <source>Choose chat export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="215" />
      <source>Sayings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="216" />
      <source>Memories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="217" />
      <source>Chat export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="218" />
      <source>Which one is them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="252" />
      <source>{0} messages; {1} lines left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="270" />
      <source>Their name and the consent step are needed first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="290" />
      <source>Creating the portrait. This can take a minute for recordings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="322" />
      <source>Nothing was added. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_editor.py" line="326" />
      <source>Cancelled. Nothing was added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="41" />
      <source>Mum, 妈妈, Grandad…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="43" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="44" />
      <source>中文 (Chinese)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="46" />
      <source>Warm, practical, teased everyone gently…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="48" />
      <source>Short sentences; always asked if you had eaten…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="51" />
      <source>One per line: topics or claims the portrait must never make</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="119" />
      <source>One per line: name — relationship — what they said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="120" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="121" />
      <source>You are their</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="122" />
      <source>Did they agree to this in life?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="123" />
      <source>Family asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="154" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="172" />
      <source>Edit details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_forms.py" line="195" />
      <source>Adjust the face points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="75" />
      <source>Their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="82" />
      <source>Sayings from recordings wait for you to confirm them: double-click to check or correct the words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="102" />
      <source>Consent…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="105" />
      <source>Edit details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="108" />
      <source>Hear their voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="113" />
      <source>Say goodbye…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="115" />
      <source>A last conversation or a letter, then retire the portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="119" />
      <source>Bring back…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="127" />
      <source>Delete portrait…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="133" />
      <source>Photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="143" />
      <source>Use as portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="145" />
      <source>Adjust face points…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="166" />
      <source>Consent has not been recorded yet: conversations wait for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="193" />
      <source>You said goodbye on {0:%d %B %Y}. Your conversations stay in the journal to re-read; calls are no longer offered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="247" />
      <source>Which one is them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="247" />
      <source>This photo has several faces:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="307" />
      <source>Correct the words if needed:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="319" />
      <source>Delete {0}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/persona_page.py" line="320" />
      <source>This removes {0}'s portrait for good: {1} photos, {2} recordings and {3} sayings and memories. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/portrait_preview.py" line="18" />
      <source>Keepsake — portrait preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/rig_editor.py" line="32" />
      <source>Drag the points onto the eyes, the corners of the mouth, the lips and the chin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="51" />
      <source>Microphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="55" />
      <source>{0}. You can still talk by typing and read the replies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="65" />
      <source>How long a pause means you have finished speaking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="66" />
      <source>Pause before replying</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="68" />
      <source>Hold the space bar to talk, instead of listening all the time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="73" />
      <source>As this computer is set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="77" />
      <source>Whose helplines come first in Support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="78" />
      <source>Country for helplines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="86" />
      <source>Language of Keepsake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="91" />
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/settings_dialog.py" line="92" />
      <source>Models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/support.py" line="78" />
      <source>Edit the list…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/support.py" line="79" />
      <source>Add your country's helplines or people you trust</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="70" />
      <source>Current PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="71" />
      <source>New PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="72" />
      <source>Repeat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="80" />
      <source>With a PIN, the limits can only be changed by whoever knows it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="88" />
      <source>The two PINs are not the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="98" />
      <source>Usage report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="100" />
      <source>PDF (to print or bring along)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="101" />
      <source>CSV (for a spreadsheet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="102" />
      <source>Include what was said in the conversations (PDF only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="104" />
      <source>The report shows when and how long conversations were, and the mood check-ins. The words of the conversations stay private unless you include them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="136" />
      <source>Usage limits and therapist settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="147" />
      <source>The limits that apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="154" />
      <source>PIN to save changes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="166" />
      <source>Change the limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="169" />
      <source>Longest conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="171" />
      <source>Conversations a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="173" />
      <source>Conversations a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="175" />
      <source>Shortest gap between two</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="177" />
      <source>Only between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="182" />
      <source>Taper: one fewer every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="190" />
      <source>and</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="191" />
      <source>down to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="201" />
      <source>Save limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="204" />
      <source>Remove all limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="208" />
      <source>Usage report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="210" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="226" />
      <source>&lt;b&gt;The saved limits could not be verified&lt;/b&gt; — they may have been changed outside Keepsake. Until the therapist enters the PIN and saves the limits again, the strictest setting applies: no conversations. The journal stays open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="326" />
      <source>The PIN is saved. Keep it somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="335" />
      <source>Save the usage report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../desktop/ui/therapist_panel.py" line="340" />
      <source>The report ({0} conversations) is saved as {1}. The file is not encrypted.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
