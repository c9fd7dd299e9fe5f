"""The optional grief self-check, taken only when the person opens it: what it is, the
questions, the result in calm words with support for a high total, and the chart of the months.
GUI thread (one small vault write)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.care.instrument import Band
from desktop.care.instrument_pack import InstrumentPack, PackWords
from desktop.care.selfcheck import (
    SelfCheckResult,
    next_possible,
    result_lines,
    trend,
    trend_sentence,
)
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.core.clock import Clock
from desktop.core.errors import CareError
from desktop.ui.care.trend_chart import TrendChart
from desktop.ui.i18n import long_date, tr
from desktop.ui.kit.messages import describe


def _label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class SelfCheckDialog(QDialog):
    """`names`: whom the person may be thinking of (their portraits' names); `support`
    opens Support. The pack may be None: then the page says how the words get added."""

    def __init__(
        self,
        store: SelfCheckStore,
        pack: InstrumentPack | None,
        names: Sequence[str],
        clock: Clock,
        zone: ZoneInfo,
        language: str,
        support: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.pack, self.clock, self.zone = store, pack, clock, zone
        self.language, self.support = language, support
        self.setWindowTitle(tr("Self-check"))
        self.setMinimumSize(640, 560)
        self.pages = QStackedWidget()
        self.chart = TrendChart()
        self.groups: list[QButtonGroup] = []
        self.who = QComboBox()
        for name in names or [tr("the person who died")]:
            self.who.addItem(name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.intro = self._intro_page()
        self.pages.addWidget(self.intro)
        self.questions: QWidget | None = None
        self.result_page = QWidget()
        self.pages.addWidget(self.result_page)
        self.taken: SelfCheckResult | None = None
        self.refresh()

    # --- pages ---------------------------------------------------------------------------

    def _intro_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = _label(tr("A self-check, only if you want it"), "cardTitle")
        self.about = _label("")
        self.citation = _label("", "muted")
        self.trend_text = _label("", "muted")
        self.when = _label("")
        self.begin = QPushButton(tr("Begin"))
        self.begin.setObjectName("primary")
        self.begin.clicked.connect(self.show_questions)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.begin)
        for widget in (heading, self.about, self.chart, self.trend_text, self.when):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.citation)
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        results = self.store.results()
        instrument = self.pack.instrument if self.pack else None
        shown = trend(results, instrument.id) if instrument else results
        maximum = instrument.scoring.maximum if instrument else 10
        cuts = [c.at_least for c in instrument.scoring.cuts] if instrument else []
        self.chart.set_points(
            [(r.taken_at.astimezone(self.zone).date(), r.total) for r in shown], maximum, cuts
        )
        self.trend_text.setText(trend_sentence(shown, tr) if shown else "")
        self.chart.setVisible(bool(shown))
        if self.pack is None:
            self.about.setText(
                tr(
                    "The self-check asks a few questions from a questionnaire grief researchers "
                    "use, every four weeks if you want, so that you can see over the months how "
                    "you are. Its questions are not part of Keepsake yet: Keepsake may include "
                    "them only with their authors' permission. Your therapist (or you) can add "
                    "the copy they have in Therapist settings."
                )
            )
            self.begin.setVisible(False)
            self.when.setText("")
            self.citation.setText("")
            return
        words = self.pack.words(self.language)
        self.about.setText(
            tr(
                "{0} questions from the {1}, a questionnaire grief researchers use. It takes a "
                "minute or two. You can take it every four weeks, if you want to, and see how "
                "things change over the months. It is not a diagnosis. Your answers stay on "
                "this computer, encrypted, and reach your therapist's report only if you tick "
                "it when you make the report."
            ).format(len(words.items), words.title)
        )
        self.citation.setText(
            tr("Source: {0} {1}").format(
                " ".join(self.pack.instrument.citations[:1]), self.pack.instrument.copyright
            )
        )
        ready = next_possible(results, self.zone)
        now = self.clock.now()
        if ready is not None and now < ready:
            self.begin.setVisible(False)
            self.when.setText(tr("You can take it again from {0}.").format(long_date(ready.date())))
        else:
            self.begin.setVisible(True)
            self.when.setText("")

    def _questions_page(self, pack: InstrumentPack) -> QWidget:
        words = pack.words(self.language)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(_label(words.title, "cardTitle"))
        if words.language.split("_")[0] != self.language.split("_")[0]:
            outer.addWidget(
                _label(
                    tr(
                        "This questionnaire has no published translation in your language, so "
                        "its questions are shown as its authors wrote them."
                    ),
                    "muted",
                )
            )
        outer.addWidget(_label(words.instructions))
        if self.who.count() > 1:
            row = QHBoxLayout()
            row.addWidget(_label(tr("Thinking of"), wrap=False))
            row.addWidget(self.who)
            row.addStretch(1)
            outer.addLayout(row)
            self.who.currentIndexChanged.connect(lambda _i: self._fill_names(words))
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        self.groups = []
        self.item_labels: list[QLabel] = []
        for index in range(len(words.items)):
            question = _label("")
            self.item_labels.append(question)
            group = QButtonGroup(page)
            answers = QHBoxLayout()
            for value_index, option in enumerate(words.options):
                button = QRadioButton(option)
                group.addButton(button, value_index)
                answers.addWidget(button)
            answers.addStretch(1)
            group.idClicked.connect(lambda _id: self._answered())
            self.groups.append(group)
            grid.addWidget(question, index * 2, 0)
            grid.addLayout(answers, index * 2 + 1, 0)
        self._fill_names(words)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.done_button = QPushButton(tr("See the result"))
        self.done_button.setObjectName("primary")
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.submit)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.hint = _label(tr("Every question needs an answer."), "muted")
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(cancel)
        row.addWidget(self.done_button)
        outer.addLayout(row)
        return page

    def _fill_names(self, words: PackWords) -> None:
        name = self.who.currentText()
        for index, label in enumerate(self.item_labels):
            label.setText(f"{index + 1}. {words.item(index, name)}")

    def _answered(self) -> None:
        done = all(g.checkedId() >= 0 for g in self.groups)
        self.done_button.setEnabled(done)
        self.hint.setVisible(not done)

    def answers(self) -> list[int]:
        assert self.pack is not None
        values = self.pack.instrument.scoring.option_values
        return [values[g.checkedId()] for g in self.groups]

    # --- actions -------------------------------------------------------------------------

    def show_questions(self) -> None:
        if self.pack is None:
            return
        if self.questions is None:
            self.questions = self._questions_page(self.pack)
            self.pages.insertWidget(1, self.questions)
        self.pages.setCurrentWidget(self.questions)

    def choose(self, answers: Sequence[int]) -> None:
        """Answer every question by option index (tests and keyboard users alike)."""
        for group, index in zip(self.groups, answers, strict=True):
            group.button(index).click()

    def submit(self) -> None:
        assert self.pack is not None
        try:
            self.taken = self.store.take(
                self.pack.instrument, self.answers(), self.clock.now(), self.zone
            )
        except CareError as exc:
            self.hint.setText(describe(exc))
            self.hint.setVisible(True)
            return
        self._show_result(self.taken)

    def _show_result(self, result: SelfCheckResult) -> None:
        layout = QVBoxLayout(self.result_page)
        layout.addWidget(_label(tr("Thank you"), "cardTitle"))
        for line in result_lines(result.band, tr):
            layout.addWidget(_label(line))
        self.refresh()
        intro_layout = self.intro.layout()
        if intro_layout is not None:
            intro_layout.removeWidget(self.chart)
        layout.addWidget(self.chart)
        self.chart.setVisible(True)
        layout.addWidget(_label(self.trend_text.text(), "muted"))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        if result.band is not Band.LOW:
            support = QPushButton(tr("Support"))
            support.clicked.connect(self.support)
            row.addWidget(support)
            self.support_button = support
        close = QPushButton(tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.pages.setCurrentWidget(self.result_page)
