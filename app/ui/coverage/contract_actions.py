"""The contracts list's actions: a new contract, and the selected one opened, renewed or
cancelled (each in the contract's own window, which asks before it acts)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.domain.permissions import Action
from app.services.desk import Desk
from app.ui.coverage.contract_dialog import ContractDialog


class ContractActions(QObject):
    """`current()` is the id of the contract the list has selected (None: none is);
    `open_contract(id)` shows its window and `new_contract()` a new contract's form."""

    def __init__(self, desk: Desk, parent: QWidget, current: Callable[[], int | None],
                 open_contract: Callable[[int], ContractDialog], new_contract: Callable[[], ContractDialog]) -> None:
        super().__init__(parent)
        self.current, self._open, self._new = current, open_contract, new_contract
        self.new_action, self.open_action = QAction(parent), QAction(parent)
        self.renew_action, self.cancel_action = QAction(parent), QAction(parent)
        self.new_action.triggered.connect(self.new)
        self.open_action.triggered.connect(self.open)
        self.renew_action.triggered.connect(self.renew)
        self.cancel_action.triggered.connect(self.cancel)
        for action in (self.new_action, self.renew_action, self.cancel_action):
            action.setVisible(desk.may(Action.CONTRACTS))
        self.retranslate()

    @property
    def row_actions(self) -> list[QAction]:
        """What the selected row's context menu offers."""
        return [self.open_action, self.renew_action, self.cancel_action]

    def new(self) -> ContractDialog:
        return self._new()

    def open(self) -> ContractDialog | None:
        chosen = self.current()
        return self._open(chosen) if chosen is not None else None

    def renew(self) -> ContractDialog | None:
        dialog = self.open()
        if dialog is not None and dialog.renew_button.isVisibleTo(dialog):
            dialog.renew()
        return dialog

    def cancel(self) -> ContractDialog | None:
        dialog = self.open()
        if dialog is not None and dialog.cancel_button.isVisibleTo(dialog):
            dialog.cancel_contract()
        return dialog

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New &contract…"))
        self.open_action.setText(self.tr("Open the contract"))
        self.renew_action.setText(self.tr("Renew the contract…"))
        self.cancel_action.setText(self.tr("Cancel the contract…"))
