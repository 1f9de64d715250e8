"""Compositing period picker like S2GM's: a kind (day, 10 days, month, quarter, year), then a
years x months grid (month / quarter / year), the three dekads of a month, or a calendar
(day). The selection is a start and end date; shift-click extends it over many periods."""
import calendar
from datetime import date

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import (QButtonGroup, QCalendarWidget, QComboBox, QGridLayout, QHBoxLayout,
                                 QLabel, QPushButton, QSizePolicy, QSpinBox, QStackedWidget, QVBoxLayout,
                                 QWidget)

# (value passed to s2gm:mosaic, label)
KINDS = (("year", "Year"), ("quarter", "Quarter"), ("month", "Month"), ("10-day", "Ten days"), ("day", "Day"))
FIRST_YEAR = 2015  # Sentinel-2A launch


class PeriodPickerWidget(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("wdgPeriodPicker")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compositing period")))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("cbbPeriodKind")
        labels = {"year": self.tr("Year"), "quarter": self.tr("Quarter"), "month": self.tr("Month"),
                  "10-day": self.tr("Ten days"), "day": self.tr("Day")}
        for value, _label in KINDS:
            self.kind_combo.addItem(labels[value], value)
        self.kind_combo.setCurrentIndex(2)
        row.addWidget(self.kind_combo)
        layout.addLayout(row)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        # years x months grid (also used for quarters and years)
        grid_page = QWidget()
        self.grid = QGridLayout(grid_page)
        self.grid.setSpacing(1)
        self.cells = {}
        this_year = date.today().year
        years = list(range(FIRST_YEAR, this_year + 1))
        for c, m in enumerate(range(1, 13)):
            self.grid.addWidget(QLabel(calendar.month_abbr[m]), 0, c + 1)
        for r, y in enumerate(reversed(years)):
            self.grid.addWidget(QLabel(str(y)), r + 1, 0)
            for c, m in enumerate(range(1, 13)):
                button = QPushButton("")
                button.setCheckable(True)
                button.setFixedSize(22, 16)
                button.setObjectName("btnMonth_%d_%02d" % (y, m))
                button.clicked.connect(lambda _checked, yy=y, mm=m: self._cell_clicked(yy, mm))
                self.grid.addWidget(button, r + 1, c + 1)
                self.cells[(y, m)] = button
        self.stack.addWidget(grid_page)
        # dekads of one month
        dekad_page = QWidget()
        dl = QGridLayout(dekad_page)
        self.dekad_year = QSpinBox()
        self.dekad_year.setRange(FIRST_YEAR, this_year)
        self.dekad_year.setValue(this_year)
        self.dekad_month = QComboBox()
        for m in range(1, 13):
            self.dekad_month.addItem(calendar.month_name[m], m)
        dl.addWidget(self.dekad_year, 0, 0)
        dl.addWidget(self.dekad_month, 0, 1, 1, 2)
        self.dekad_buttons = QButtonGroup(self)
        self.dekad_buttons.setExclusive(False)
        for i, label in enumerate((self.tr("1st-10th"), self.tr("11th-20th"), self.tr("21st-end"))):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setObjectName("btnDekad%d" % (i + 1))
            self.dekad_buttons.addButton(button, i)
            dl.addWidget(button, 1, i)
        self.dekad_buttons.buttonClicked.connect(lambda _b: self._update_from_dekads())
        self.dekad_year.valueChanged.connect(lambda _v: self._update_from_dekads())
        self.dekad_month.currentIndexChanged.connect(lambda _v: self._update_from_dekads())
        self.stack.addWidget(dekad_page)
        # calendar for days
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calDays")
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 6, 23))
        self.calendar.clicked.connect(self._day_clicked)
        self.stack.addWidget(self.calendar)

        self.summary = QLabel()
        self.summary.setObjectName("lblPeriodSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)  # extra height stays below, the widgets keep their size
        self.stack.currentChanged.connect(self._fit_stack)
        self.start = self.end = None
        self._anchor = None
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._fit_stack(self.stack.currentIndex())

    # ------------------------------------------------------------------ API
    def kind(self):
        return self.kind_combo.currentData()

    def set_kind(self, kind):
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def dates(self):
        """(start, end) ISO strings, or (None, None)."""
        return (self.start.isoformat(), self.end.isoformat()) if self.start else (None, None)

    def set_range(self, start, end):
        self.start, self.end = date.fromisoformat(start), date.fromisoformat(end)
        self._refresh()

    # ------------------------------------------------------------------ internals
    def _fit_stack(self, index):
        """A QStackedWidget is as tall as its tallest page: let only the page shown count."""
        for i in range(self.stack.count()):
            self.stack.widget(i).setSizePolicy(
                QSizePolicy.Preferred, QSizePolicy.Preferred if i == index else QSizePolicy.Ignored)
        self.stack.adjustSize()

    def _kind_changed(self):
        kind = self.kind()
        self.stack.setCurrentIndex({"year": 0, "quarter": 0, "month": 0, "10-day": 1, "day": 2}[kind])
        self._refresh()

    def _cell_span(self, y, m):
        kind = self.kind()
        if kind == "year":
            return date(y, 1, 1), date(y, 12, 31)
        if kind == "quarter":
            first = 3 * ((m - 1) // 3) + 1
            return date(y, first, 1), date(y, first + 2, calendar.monthrange(y, first + 2)[1])
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])

    def _cell_clicked(self, y, m):
        from qgis.PyQt.QtWidgets import QApplication
        from qgis.PyQt.QtCore import Qt
        start, end = self._cell_span(y, m)
        if QApplication.keyboardModifiers() & Qt.ShiftModifier and self.start:
            self.start, self.end = min(self.start, start), max(self.end, end)
        else:
            self.start, self.end = start, end
        self._refresh()

    def select_month(self, y, m, extend=False):
        start, end = self._cell_span(y, m)
        if extend and self.start:
            start, end = min(self.start, start), max(self.end, end)
        self.start, self.end = start, end
        self._refresh()

    def _update_from_dekads(self):
        y, m = self.dekad_year.value(), self.dekad_month.currentData()
        chosen = [i for i in range(3) if self.dekad_buttons.button(i).isChecked()]
        if not chosen:
            self.start = self.end = None
        else:
            last = calendar.monthrange(y, m)[1]
            bounds = [(1, 10), (11, 20), (21, last)]
            self.start = date(y, m, bounds[min(chosen)][0])
            self.end = date(y, m, bounds[max(chosen)][1])
        self._refresh(update_cells=False)

    def _day_clicked(self, qdate):
        from qgis.PyQt.QtWidgets import QApplication
        from qgis.PyQt.QtCore import Qt
        day = qdate.toPyDate()
        if QApplication.keyboardModifiers() & Qt.ShiftModifier and self.start:
            self.start, self.end = min(self.start, day), max(self.end, day)
        else:
            self.start = self.end = day
        self._refresh(update_cells=False)

    def _refresh(self, update_cells=True):
        if update_cells:
            for (y, m), button in self.cells.items():
                inside = bool(self.start) and self.start <= date(y, m, 1) <= self.end
                button.setChecked(inside)
        if self.start:
            self.summary.setText(self.tr("From {start} to {end} ({kind} products)").format(
                start=self.start.isoformat(), end=self.end.isoformat(), kind=self.kind_combo.currentText()))
        else:
            self.summary.setText(self.tr("Click a period (shift-click to extend the range)."))
        self.changed.emit()
