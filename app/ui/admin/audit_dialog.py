"""The audit trail, for managers: every create, change and deletion, with who and when;
the whole trail from the Tools menu, or one record's from its own window."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.permissions import Action
from app.services.audit_trail import AUDIT_COLUMNS, AUDIT_TRAIL
from app.services.desk import Desk
from app.ui.filter_bars import AuditFilterBar
from app.ui.list_tab import ListTab
from app.ui.models.paged_table import PagedTableModel
from app.ui.retranslating import Retranslating


class AuditDialog(Retranslating, QDialog):
    """Read-only: the trail offers no way to change or remove an entry. `record` (a table and
    an id) shows that record's entries only, under `title`."""

    def __init__(self, desk: Desk, record: tuple[str, int] | None = None, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.title = desk, title
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.bar = AuditFilterBar(desk, record, self)
        self.list = ListTab(PagedTableModel(desk, AUDIT_TRAIL, AUDIT_COLUMNS, parent=self), self.bar, self)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self.retranslate()
        self.list.count_changed.connect(self._counted)
        self.list.apply_filter()

    def _counted(self) -> None:
        self.count.setText(self.desk.locale.digits(self.tr("%n entries", "", self.list.total)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.title or self.tr("Audit trail"))
        self.list.filter.setPlaceholderText(self.tr("Search by account, name, mobile or any value…"))
        self.list.empty.setText(self.tr("No entry matches."))
        self._counted()


class AuditButton(Retranslating, QPushButton):
    """'Audit trail…' in a record's window, for managers only: that record's entries."""

    def __init__(self, desk: Desk, record: Callable[[], tuple[str, int]], title: Callable[[], str],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.record, self.title = desk, record, title
        self.setAutoDefault(False)
        self.setVisible(desk.may(Action.READ_AUDIT))
        self.clicked.connect(self.open)
        self.retranslate()

    def open(self) -> AuditDialog:
        title = self.tr("Audit trail of {record}").format(record=self.title())
        dialog = AuditDialog(self.desk, self.record(), title, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def retranslate(self) -> None:
        self.setText(self.tr("Audit trail…"))
        self.setToolTip(self.tr("Who created and changed this record, and when"))
