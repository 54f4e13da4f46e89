<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Audit</name>
    <message>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>ضمان</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد صيانة</translation>
    </message>
    <message>
        <source>Unit of a contract</source>
        <translation>جهاز في عقد صيانة</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>خطة الصيانة الدورية</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>طلب صيانة</translation>
    </message>
    <message>
        <source>Part or labour line</source>
        <translation>بند قطعة غيار أو أجرة عمل</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>قيد في السجل</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Follow-up attempt</source>
        <translation>محاولة المتابعة</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعة غيار</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>حركة مخزون</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب مستخدم</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%n records at once</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان معًا</numerusform>
            <numerusform>%n سجلات معًا</numerusform>
            <numerusform>%n سجلًا معًا</numerusform>
            <numerusform>%n سجل معًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Khedmat itself</source>
        <translation>برنامج خدمة</translation>
    </message>
</context>
<context>
    <name>AuditButton</name>
    <message>
        <source>Audit trail of {record}</source>
        <translation>سجل التدقيق لـ {record}</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <source>Who created and changed this record, and when</source>
        <translation>من أنشأ هذا السجل وعدّله، ومتى</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>لا قيود</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Search by account, name, mobile or any value…</source>
        <translation>ابحث باسم المستخدم أو الاسم أو الجوال أو أي قيمة…</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>لا يوجد قيد مطابق.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>From {start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل العمليات</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>الشهر السابق (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>الشهر التالي (Page Down)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>أيام الشهر</translation>
    </message>
</context>
<context>
    <name>CancelContractDialog</name>
    <message>
        <source>Cancel contract {number} from {date}? From that day it no longer covers its units.</source>
        <translation>إلغاء عقد الصيانة {number} اعتبارًا من {date}؟ من ذلك اليوم لن يغطي أجهزته.</translation>
    </message>
    <message>
        <source>Cancel the contract</source>
        <translation>إلغاء العقد</translation>
    </message>
    <message>
        <source>Close without cancelling the contract?</source>
        <translation>إغلاق دون إلغاء العقد؟</translation>
    </message>
    <message>
        <source>Cancel contract {number}</source>
        <translation>إلغاء عقد الصيانة {number}</translation>
    </message>
    <message>
        <source>No longer covers from:</source>
        <translation>لا يغطي اعتبارًا من:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>CategoryRulesDialog</name>
    <message>
        <source>Delete the rule of {category}? Units registered already keep their warranty.</source>
        <translation>حذف قاعدة {category}؟ الأجهزة المسجلة من قبل تحتفظ بضمانها.</translation>
    </message>
    <message>
        <source>Warranty rules by category</source>
        <translation>قواعد الضمان حسب الفئة</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>&amp;Warranty (months):</source>
        <translation>الضمان (بالأشهر):</translation>
    </message>
    <message>
        <source>C&amp;laim limit:</source>
        <translation>حد مطالبات الضمان:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Khedmat hit an internal error; the details are in {log}.</source>
        <translation>واجه برنامج خدمة خطأً داخليًا؛ التفاصيل في {log}.</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>قاعدة البيانات محدّثة.</translation>
    </message>
    <message>
        <source>A backup of the old database is at {path}.</source>
        <translation>النسخة الاحتياطية من قاعدة البيانات السابقة في {path}.</translation>
    </message>
    <message>
        <source>Backup written to {path} and checked.</source>
        <translation>كُتبت النسخة الاحتياطية في {path} وفُحصت.</translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation>كُتب {count} صفًا في {path}.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>كلمة مرور {user}: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>كلمة المرور الجديدة مرة أخرى: </translation>
    </message>
    <message>
        <source>Account {name} added.</source>
        <translation>أضيف الحساب {name}.</translation>
    </message>
    <message>
        <source>The password of {name} is changed.</source>
        <translation>تغيّرت كلمة مرور {name}.</translation>
    </message>
    <message>
        <source>Account {name} is disabled.</source>
        <translation>عُطّل الحساب {name}.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>signs in</source>
        <translation>يسجّل الدخول</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>بلا تسجيل دخول</translation>
    </message>
    <message>
        <source>{problem}
The latest good backup is {backup}. To put it back, run:
{command}</source>
        <translation>{problem}
آخر نسخة احتياطية سليمة هي {backup}. لاستعادتها، نفّذوا الأمر:
{command}</translation>
    </message>
    <message>
        <source>{backup} restored into {database}.</source>
        <translation>استُعيدت {backup} في {database}.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>حُفظت قاعدة البيانات كما كانت في {path}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n عميل</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%n عملاء</numerusform>
            <numerusform>%n عميلًا</numerusform>
            <numerusform>%n عميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n جهاز</numerusform>
            <numerusform>جهاز واحد</numerusform>
            <numerusform>جهازان</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n طلب صيانة</numerusform>
            <numerusform>طلب صيانة واحد</numerusform>
            <numerusform>طلبا صيانة</numerusform>
            <numerusform>%n طلبات صيانة</numerusform>
            <numerusform>%n طلب صيانة</numerusform>
            <numerusform>%n طلب صيانة</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data added: {counts}.</source>
        <translation>أُضيفت بيانات تجريبية: {counts}.</translation>
    </message>
    <message>
        <source>Job card written to {path}.</source>
        <translation>كُتبت بطاقة الإصلاح في {path}.</translation>
    </message>
    <message>
        <source>Receipt written to {path}.</source>
        <translation>كُتب إيصال التسليم في {path}.</translation>
    </message>
    <message>
        <source>Monthly report written to {path}.</source>
        <translation>كُتب التقرير الشهري في {path}.</translation>
    </message>
    <message>
        <source>no owner recorded</source>
        <translation>لا يوجد مالك مسجّل</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>مميز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Void since</source>
        <translation>ملغى منذ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>الزيارات المستخدمة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>طلب الصيانة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>تاريخ الشراء</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>مستهلك</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>الماركة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الموديل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>الضمان (بالأشهر)</translation>
    </message>
    <message>
        <source>Claim limit</source>
        <translation>حد المطالبات</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>الضمان</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>الصيانة الدورية</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Unknown: no purchase date</source>
        <translation>غير معروف: تاريخ الشراء غير مسجل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد الصيانة</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>كل (أشهر)</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>آخر صيانة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Opened {moment} by {who}.</source>
        <translation>فُتحت في {moment} بواسطة {who}.</translation>
    </message>
    <message>
        <source>Answered {moment} by {who}.</source>
        <translation>أُجيب عنها في {moment} بواسطة {who}.</translation>
    </message>
    <message>
        <source>Closed {moment} by {who}.</source>
        <translation>أُغلقت في {moment} بواسطة {who}.</translation>
    </message>
    <message>
        <source>{status}. {lines}</source>
        <translation>{status}. {lines}</translation>
    </message>
    <message>
        <source>Close this complaint? A closed complaint cannot be changed.</source>
        <translation>هل تُغلق هذه الشكوى؟ لا يمكن تعديل الشكوى بعد إغلاقها.</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>إغلاق الشكوى</translation>
    </message>
    <message>
        <source>Close without saving the complaint?</source>
        <translation>هل تُغلق النافذة دون حفظ الشكوى؟</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>الشكوى {number}</translation>
    </message>
    <message>
        <source>{name} — {mobile}</source>
        <translation>{name} — {mobile}</translation>
    </message>
    <message>
        <source>Choose how it came in…</source>
        <translation>اختر كيف وصلت الشكوى…</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>بدون طلب صيانة</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون جهاز</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Choose or type a category</source>
        <translation>اختر الفئة أو اكتبها</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>وصلت عبر</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>About the ticket</source>
        <translation>بخصوص طلب الصيانة</translation>
    </message>
    <message>
        <source>About the unit</source>
        <translation>بخصوص الجهاز</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>What the customer complains of</source>
        <translation>ما يشكو منه العميل</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <source>Register the complaint</source>
        <translation>تسجيل الشكوى</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>What the customer was told</source>
        <translation>ما قيل للعميل</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>تسجيل الرد</translation>
    </message>
    <message>
        <source>To close it</source>
        <translation>لإغلاق الشكوى</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <source>Close the complaint…</source>
        <translation>إغلاق الشكوى…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Quality of the repair</source>
        <translation>جودة الإصلاح</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>تعامل الموظفين</translation>
    </message>
    <message>
        <source>Price or invoice</source>
        <translation>السعر أو الفاتورة</translation>
    </message>
    <message>
        <source>Warranty refused</source>
        <translation>رفض الضمان</translation>
    </message>
    <message>
        <source>Damage or loss at the service desk</source>
        <translation>تلف أو فقدان لدى مركز الصيانة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>لا شكاوى</numerusform>
            <numerusform>شكوى واحدة</numerusform>
            <numerusform>شكويان</numerusform>
            <numerusform>%n شكاوى</numerusform>
            <numerusform>%n شكوى</numerusform>
            <numerusform>%n شكوى</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Still to settle (open or answered)</source>
        <translation>لم تُسوَّ بعد (مفتوحة أو مُجاب عنها)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ContractActions</name>
    <message>
        <source>New &amp;contract…</source>
        <translation>عقد صيانة جديد…</translation>
    </message>
    <message>
        <source>Open the contract</source>
        <translation>فتح العقد</translation>
    </message>
    <message>
        <source>Renew the contract…</source>
        <translation>تجديد العقد…</translation>
    </message>
    <message>
        <source>Cancel the contract…</source>
        <translation>إلغاء العقد…</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New maintenance contract</source>
        <translation>عقد صيانة جديد</translation>
    </message>
    <message>
        <source>Save it as a draft while the customer has not signed: a draft covers nothing. Saved and signed, it covers the chosen units from its first day.</source>
        <translation>احفظه مسودةً ما دام العميل لم يوقّع: المسودة لا تغطي شيئًا. بعد الحفظ والتوقيع يغطي الأجهزة المختارة من يومه الأول.</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>عقد الصيانة {number}</translation>
    </message>
    <message>
        <source>Contract {number} — {name}</source>
        <translation>عقد الصيانة {number} — {name}</translation>
    </message>
    <message>
        <source>A draft covers nothing: sign it once the customer has signed.</source>
        <translation>المسودة لا تغطي شيئًا: وقّعها بعد أن يوقّع العميل.</translation>
    </message>
    <message>
        <source>Cancelled from {date}: {reason}</source>
        <translation>ملغى اعتبارًا من {date}: {reason}</translation>
    </message>
    <message>
        <source>Renews contract {number}.</source>
        <translation>تجديد لعقد الصيانة {number}.</translation>
    </message>
    <message>
        <source>Your changes to the terms are not saved. Drop them and go on?</source>
        <translation>تغييراتك على الشروط غير محفوظة. هل تتخلى عنها وتتابع؟</translation>
    </message>
    <message>
        <source>Sign contract {number}? From {date} it covers its units.</source>
        <translation>توقيع عقد الصيانة {number}؟ اعتبارًا من {date} يغطي أجهزته.</translation>
    </message>
    <message>
        <source>Sign the contract</source>
        <translation>توقيع العقد</translation>
    </message>
    <message>
        <source>Renew contract {number} from {start} to {end}, with the same units, price, visits and terms? The renewal is saved as a draft: it covers nothing until you sign it.</source>
        <translation>تجديد عقد الصيانة {number} من {start} إلى {end} بالأجهزة والسعر والزيارات والشروط نفسها؟ يُحفظ التجديد مسودةً: لا يغطي شيئًا حتى توقّعه.</translation>
    </message>
    <message>
        <source>Renew as a draft</source>
        <translation>تجديد كمسودة</translation>
    </message>
    <message>
        <source>Close without saving the contract?</source>
        <translation>إغلاق دون حفظ العقد؟</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>حفظ كمسودة</translation>
    </message>
    <message>
        <source>Save and sign</source>
        <translation>حفظ وتوقيع</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>توقيع…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>تجديد…</translation>
    </message>
    <message>
        <source>The next contract from the day after this one ends, on the same terms, saved as a draft.</source>
        <translation>العقد التالي من اليوم التالي لانتهاء هذا العقد، بالشروط نفسها، محفوظًا كمسودة.</translation>
    </message>
    <message>
        <source>Cancel the contract…</source>
        <translation>إلغاء العقد…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Draft (not signed)</source>
        <translation>مسودة (غير موقّعة)</translation>
    </message>
    <message>
        <source>Signed, not started yet</source>
        <translation>موقّع، لم يبدأ بعد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <source>the UAE</source>
        <translation>الإمارات</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Warranty</source>
        <translation>الضمان</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد صيانة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Under warranty until {date}, but its claim limit is reached: {used} of {limit}; the job is paid</source>
        <translation>ضمن الضمان حتى {date}، لكن بلغ حد المطالبات: {used} من {limit}؛ العمل على حساب العميل</translation>
    </message>
    <message>
        <source>Repair warranty of ticket {number} until {date}</source>
        <translation>ضمان إصلاح طلب الصيانة {number} حتى {date}</translation>
    </message>
    <message>
        <source>Under warranty until {date}</source>
        <translation>ضمن الضمان حتى {date}</translation>
    </message>
    <message>
        <source>Contract {number}: its visits are used up; the customer pays for this job</source>
        <translation>عقد الصيانة {number}: استُنفدت زياراته؛ يدفع العميل تكلفة هذا العمل</translation>
    </message>
    <message>
        <source>Under contract {number} until {date}</source>
        <translation>مشمول بعقد الصيانة {number} حتى {date}</translation>
    </message>
    <message>
        <source>Under contract {number} until {date} (visits left: {visits})</source>
        <translation>مشمول بعقد الصيانة {number} حتى {date} (الزيارات المتبقية: {visits})</translation>
    </message>
    <message>
        <source>Contract expired on {date}</source>
        <translation>انتهى عقد الصيانة في {date}</translation>
    </message>
    <message>
        <source>Warranty expired on {date}</source>
        <translation>انتهى الضمان في {date}</translation>
    </message>
    <message>
        <source>Warranty void: {reason}</source>
        <translation>الضمان ملغى: {reason}</translation>
    </message>
    <message>
        <source>No warranty or contract</source>
        <translation>لا ضمان ولا عقد صيانة</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>عقد الصيانة {number}</translation>
    </message>
    <message>
        <source>Repair warranty of ticket {number}</source>
        <translation>ضمان إصلاح طلب الصيانة {number}</translation>
    </message>
    <message>
        <source>Extended warranty sold on {sold}, from {date}</source>
        <translation>ضمان ممدد بيع في {sold}، من {date}</translation>
    </message>
    <message>
        <source>Extended warranty from {date}</source>
        <translation>الضمان الممدد من {date}</translation>
    </message>
    <message>
        <source>Standard warranty from purchase {date} (product rule)</source>
        <translation>الضمان القياسي من الشراء {date} (قاعدة المنتج)</translation>
    </message>
    <message>
        <source>Standard warranty from purchase {date} (category rule)</source>
        <translation>الضمان القياسي من الشراء {date} (قاعدة الفئة)</translation>
    </message>
    <message>
        <source>Standard warranty from purchase {date}</source>
        <translation>الضمان القياسي من الشراء {date}</translation>
    </message>
    <message>
        <source>claims already used: {used} of {limit}</source>
        <translation>المطالبات المستخدمة: {used} من {limit}</translation>
    </message>
    <message>
        <source>and a repair warranty of ticket {number}</source>
        <translation>وضمان إصلاح طلب الصيانة {number}</translation>
    </message>
    <message>
        <source>Extended warranty</source>
        <translation>الضمان الممدد</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>ضمان الإصلاح</translation>
    </message>
    <message>
        <source>Charged: consumable part</source>
        <translation>على حساب العميل: قطعة مستهلكة</translation>
    </message>
    <message>
        <source>Charged: the contract excludes parts</source>
        <translation>على حساب العميل: العقد لا يشمل القطع</translation>
    </message>
    <message>
        <source>Charged: claim limit reached</source>
        <translation>على حساب العميل: بلغ حد المطالبات</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>على حساب العميل</translation>
    </message>
    <message>
        <source>Covered by a manager</source>
        <translation>مغطى بقرار المدير</translation>
    </message>
    <message>
        <source>Charged by a manager</source>
        <translation>على حساب العميل بقرار المدير</translation>
    </message>
    <message>
        <source>replaced by unit {serial}</source>
        <translation>استُبدل بالجهاز {serial}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Khedmat hit an unexpected error</source>
        <translation>واجه برنامج خدمة خطأً غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong that Khedmat did not expect, and what you just did may not have been done. Your open windows are still there: check what you were entering and save it again.

The details are written in the log:
{path}

If it happens again, copy the details and send them to whoever supports Khedmat for you.</source>
        <translation>حدث خلل لم يتوقعه برنامج خدمة، وربما لم يُنفَّذ ما قمت به للتو. نوافذك المفتوحة ما زالت كما هي: راجع ما كنت تُدخله واحفظه مرة أخرى.

التفاصيل مكتوبة في ملف السجل:
{path}

إذا تكرر ذلك، فانسخ التفاصيل وأرسلها إلى من يتولى دعم برنامج خدمة لديك.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>عرض التفاصيل</translation>
    </message>
    <message>
        <source>Go on working</source>
        <translation>مواصلة العمل</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>the Iranian rial</source>
        <translation>الريال الإيراني</translation>
    </message>
    <message>
        <source>the Saudi riyal</source>
        <translation>الريال السعودي</translation>
    </message>
</context>
<context>
    <name>CustomerCorrections</name>
    <message>
        <source>Archive {name}? They leave the lists and the search; their units, tickets and history are kept, and they can be restored from the archive.</source>
        <translation>هل تريد أرشفة {name}؟ يخرج من القوائم والبحث، وتبقى أجهزته وطلبات الصيانة وسجله، ويمكن استعادته من الأرشيف.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Delete {name}? Only a customer entered by mistake, with nothing of theirs recorded, can be deleted. The history keeps an entry of it.</source>
        <translation>هل تريد حذف {name}؟ لا يُحذف إلا عميل أُدخل خطأً ولم يُسجَّل له شيء. يحتفظ السجل بقيد عن الحذف.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Merge with another customer…</source>
        <translation>دمج مع عميل آخر…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>استعادة من الأرشيف</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>{unit} (archived)</source>
        <translation>{unit} (مؤرشف)</translation>
    </message>
    <message>
        <source>{status}: {complaint}</source>
        <translation>{status}: {complaint}</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this customer will be lost.</source>
        <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك على هذا العميل.</translation>
    </message>
    <message>
        <source>Representative: {name}</source>
        <translation>المندوب: {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>العميل — {name}</translation>
    </message>
    <message>
        <source>What was said or done?</source>
        <translation>ماذا قيل أو ماذا تم؟</translation>
    </message>
    <message>
        <source>Units ({count})</source>
        <translation>الأجهزة ({count})</translation>
    </message>
    <message>
        <source>Tickets ({count})</source>
        <translation>طلبات الصيانة ({count})</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>السجل ({count})</translation>
    </message>
    <message>
        <source>Contracts ({count})</source>
        <translation>العقود ({count})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>المندوب المخصص</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <source>Not known (the desk&apos;s language)</source>
        <translation>غير معروفة (لغة مكتب الاستقبال)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>عميل مميز</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>مميز</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>تصحيحات</translation>
    </message>
    <message>
        <source>No representative</source>
        <translation>بدون مندوب</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>تسجيل:</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} ← {target}</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>عقد صيانة جديد…</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشفين</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, mobile or serial…</source>
        <translation>الاسم أو الجوال أو الرقم التسلسلي…</translation>
    </message>
    <message>
        <source>Choose the customer</source>
        <translation>اختر العميل</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>{problem}

The latest good backup was taken on {date} at {time}:
{path}

Restore it? Whatever was saved after that time is not in the backup. The damaged database is kept in the backup folder.</source>
        <translation>{problem}

أُخذت آخر نسخة احتياطية سليمة في {date} الساعة {time}:
{path}

هل تريدون استعادتها؟ ما حُفظ بعد ذلك الوقت ليس في النسخة الاحتياطية. وتُحفظ قاعدة البيانات التالفة في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The damaged database is kept at {path}.</source>
        <translation>حُفظت قاعدة البيانات التالفة في {path}.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>{date} is before {limit}, the earliest date allowed here</source>
        <translation>{date} قبل {limit}؛ لا يُقبل هنا تاريخ أقدم منه</translation>
    </message>
    <message>
        <source>{date} is after {limit}, the latest date allowed here</source>
        <translation>{date} بعد {limit}؛ لا يُقبل هنا تاريخ أحدث منه</translation>
    </message>
    <message>
        <source>Year/month/day, as {example}. Alt+Down opens the calendar.</source>
        <translation>السنة/الشهر/اليوم، مثل {example}. يفتح Alt+Down التقويم.</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>الاختيار من التقويم (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeskFrame</name>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Ticket no.</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>بطاقة إصلاح</translation>
    </message>
    <message>
        <source>Job card — workshop copy</source>
        <translation>بطاقة الإصلاح — نسخة الورشة</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Customer and unit</source>
        <translation>العميل والجهاز</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>العمل المطلوب</translation>
    </message>
    <message>
        <source>Kind, priority, came in by</source>
        <translation>النوع، الأولوية، طريقة الوصول</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>الملحقات</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة الظاهرية</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>توقيع العميل</translation>
    </message>
    <message>
        <source>Clerk&apos;s signature</source>
        <translation>توقيع الموظف</translation>
    </message>
    <message>
        <source>Technician&apos;s notes</source>
        <translation>ملاحظات الفني</translation>
    </message>
    <message>
        <source>Delivery receipt</source>
        <translation>إيصال التسليم</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>الأعمال المنجزة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>No parts or labour were charged.</source>
        <translation>لم تُحتسب أي قطع أو أجور.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>إجمالي التكلفة</translation>
    </message>
    <message>
        <source>Covered by warranty or contract</source>
        <translation>ما تغطيه الضمان أو العقد</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>In words: {amount}</source>
        <translation>المبلغ كتابةً: فقط {amount} لا غير</translation>
    </message>
    <message>
        <source>This repair is guaranteed for {days} days, until {date}.</source>
        <translation>هذا الإصلاح مضمون لمدة {days} يومًا، حتى {date}.</translation>
    </message>
    <message>
        <source>Next periodic service</source>
        <translation>موعد الصيانة الدورية القادمة</translation>
    </message>
    <message>
        <source>method unknown</source>
        <translation>طريقة غير معروفة</translation>
    </message>
    <message>
        <source>Paid on {date} ({method})</source>
        <translation>دُفع في {date} ({method})</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>المتبقي على العميل</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>دُفع المبلغ كاملًا.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>none (every row)</source>
        <translation>لا يوجد (كل الصفوف)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>عدد الصفوف</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>لا توجد نتائج مطابقة.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>نتيجة العمل</translation>
    </message>
    <message>
        <source>Unit {faulty} replaced by {new}</source>
        <translation>استُبدل الجهاز {faulty} بالجهاز {new}</translation>
    </message>
    <message>
        <source>Part “{part}” {faulty} replaced by {new}</source>
        <translation>القطعة «{part}» {faulty} استُبدلت بـ {new}</translation>
    </message>
    <message>
        <source>Money back on {date} ({method})</source>
        <translation>استرداد في {date} ({method})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A ticket cannot move from “{source}” to “{target}”.</source>
        <translation>لا يمكن نقل طلب الصيانة من «{source}» إلى «{target}».</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Reload it to see their changes, then try again.</source>
        <translation>حفظ مستخدم آخر هذا السجل بعد أن فتحته. أعد تحميله لترى تغييراته ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>this account may not write there, or another program has the file open</source>
        <translation>لا يسمح لهذا الحساب بالكتابة هناك، أو أن برنامجًا آخر فتح الملف</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>القرص أو المجلد للقراءة فقط</translation>
    </message>
    <message>
        <source>the database file could not be read or written</source>
        <translation>تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه</translation>
    </message>
    <message>
        <source>the system refused (the details are in the log)</source>
        <translation>رفض النظام (التفاصيل في سجل البرنامج)</translation>
    </message>
    <message>
        <source>{date} is outside the Hijri years this program knows (1343 to 1500)</source>
        <translation>{date} خارج السنوات الهجرية التي يدعمها البرنامج (١٣٤٣ إلى ١٥٠٠)</translation>
    </message>
    <message>
        <source>{date} is outside the range of dates</source>
        <translation>{date} خارج نطاق التواريخ</translation>
    </message>
    <message>
        <source>{date}: month {month} does not exist</source>
        <translation>{date}: الشهر {month} غير موجود</translation>
    </message>
    <message>
        <source>{date}: day {day} does not exist in month {month} of {year}</source>
        <translation>{date}: اليوم {day} غير موجود في الشهر {month} من سنة {year}</translation>
    </message>
    <message>
        <source>{date}: {time} is not a time of day</source>
        <translation>{date}: {time} ليس وقتًا صحيحًا من اليوم</translation>
    </message>
    <message>
        <source>{date}: “{name}” is not the name of a month</source>
        <translation>{date}: «{name}» ليس اسم شهر</translation>
    </message>
    <message>
        <source>{date}: “{name}” names a month of more than one calendar; write the month as a number</source>
        <translation>{date}: «{name}» اسم شهر في أكثر من تقويم؛ اكتب الشهر رقمًا</translation>
    </message>
    <message>
        <source>{date}: the month&apos;s name and the mark after the year are of different calendars</source>
        <translation>{date}: اسم الشهر والعلامة بعد السنة من تقويمين مختلفين</translation>
    </message>
    <message>
        <source>{date}: {year} is not a year of the calendar the date names</source>
        <translation>{date}: {year} ليست سنة من التقويم الذي يذكره التاريخ</translation>
    </message>
    <message>
        <source>The date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as {pattern}</source>
        <translation>{date} ليس تاريخًا؛ اكتبه بالشكل {pattern}</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} ليس مبلغًا صحيحًا</translation>
    </message>
    <message>
        <source>{value} is negative; an amount cannot be below zero</source>
        <translation>{value} سالب؛ لا يمكن أن يقل المبلغ عن الصفر</translation>
    </message>
    <message>
        <source>{value} can be read two ways: write it without the dot, or with the decimals meant</source>
        <translation>يمكن قراءة {value} بطريقتين: اكتبه بدون النقطة أو بالكسور المقصودة</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>المبلغ فارغ</translation>
    </message>
    <message>
        <source>{value} is too large for an amount of money</source>
        <translation>{value} أكبر من أن يكون مبلغًا</translation>
    </message>
    <message>
        <source>{value} has more decimals than {currency} allows</source>
        <translation>{value} فيه منازل عشرية أكثر مما تسمح به {currency}</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} ليس رقم هاتف</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>رقم الهاتف فارغ</translation>
    </message>
    <message>
        <source>{value} is not a valid mobile number</source>
        <translation>{value} ليس رقم جوال صحيحًا</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number</source>
        <translation>{value} ليس رقم هاتف صحيحًا</translation>
    </message>
    <message>
        <source>{value} is not a valid mobile number in {country}; write it with its country code (+…) if it is foreign</source>
        <translation>{value} ليس رقم جوال صحيحًا في {country}؛ إن كان أجنبيًا فاكتبه مع رمز الدولة (+…)</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number in {country}; write it with its country code (+…) if it is foreign</source>
        <translation>{value} ليس رقم هاتف صحيحًا في {country}؛ إن كان أجنبيًا فاكتبه مع رمز الدولة (+…)</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>هذا السجل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>ينتهي العقد قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <source>Visits cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الزيارات سالبًا.</translation>
    </message>
    <message>
        <source>The response time must be at least one hour.</source>
        <translation>يجب أن يكون وقت الاستجابة ساعة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose at least one unit for the contract.</source>
        <translation>اختر جهازًا واحدًا على الأقل للعقد.</translation>
    </message>
    <message>
        <source>Contract {number} is cancelled; it cannot be changed.</source>
        <translation>عقد الصيانة {number} ملغى؛ لا يمكن تغييره.</translation>
    </message>
    <message>
        <source>Say why the contract is cancelled.</source>
        <translation>اذكر سبب إلغاء العقد.</translation>
    </message>
    <message>
        <source>Contract {number} is already renewed by {renewal}.</source>
        <translation>العقد {number} مجدَّد من قبل بالعقد {renewal}.</translation>
    </message>
    <message>
        <source>Contract {number} is not signed yet; it pays for no visit.</source>
        <translation>عقد الصيانة {number} لم يوقَّع بعد؛ لا يغطي أي زيارة.</translation>
    </message>
    <message>
        <source>The visit is outside the contract&apos;s period.</source>
        <translation>الزيارة خارج مدة العقد.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>اسم العميل مطلوب.</translation>
    </message>
    <message>
        <source>The mobile {mobile} belongs to {name}, who is archived: restore them from the archive (Customers list, Show archived).</source>
        <translation>الجوال {mobile} يخص {name} وهو في الأرشيف: أعده من الأرشيف (قائمة العملاء، عرض المؤرشفين).</translation>
    </message>
    <message>
        <source>The mobile {mobile} already belongs to {name}.</source>
        <translation>رقم الجوال {mobile} مسجّل مسبقًا باسم {name}.</translation>
    </message>
    <message>
        <source>Ask for at least one customer.</source>
        <translation>اطلب عميلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>This database already holds records; demo data goes only into an empty database.</source>
        <translation>تحتوي قاعدة البيانات هذه على سجلات؛ لا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>Unknown export “{entity}”; choose one of: {choices}.</source>
        <translation>التصدير «{entity}» غير معروف؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv; “{name}” is neither.</source>
        <translation>صدّر إلى ‎⁦.xlsx⁩‎ أو ‎⁦.csv⁩‎؛ «{name}» ليس أيًّا منهما.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>لا يمكن الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>الرضا درجة من ١ إلى ٥.</translation>
    </message>
    <message>
        <source>Recommendation is a score from 0 to 10.</source>
        <translation>التوصية درجة من ٠ إلى ١٠.</translation>
    </message>
    <message>
        <source>Choose the day of the call.</source>
        <translation>اختر يوم الاتصال.</translation>
    </message>
    <message>
        <source>That day is in the past: choose today or a later day.</source>
        <translation>هذا اليوم مضى: اختر اليوم أو يومًا بعده.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>هذه المتابعة مغلقة من قبل.</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>اختر نتيجة الاتصال.</translation>
    </message>
    <message>
        <source>Choose the kind of call.</source>
        <translation>اختر نوع الاتصال.</translation>
    </message>
    <message>
        <source>Write the fault the customer reports.</source>
        <translation>اكتب العطل كما يصفه العميل.</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>موعد التسليم في الماضي.</translation>
    </message>
    <message>
        <source>Parts or labour are already on this job; remove them before changing its unit.</source>
        <translation>على هذا العمل قطع أو أجور مسجّلة؛ احذفها قبل تغيير الجهاز.</translation>
    </message>
    <message>
        <source>That unit belongs to another customer.</source>
        <translation>هذا الجهاز يخص عميلًا آخر.</translation>
    </message>
    <message>
        <source>Say why the catalogue price is overridden.</source>
        <translation>اكتب سبب تغيير سعر القائمة.</translation>
    </message>
    <message>
        <source>Say why the move is undone.</source>
        <translation>اكتب سبب التراجع عن هذا النقل.</translation>
    </message>
    <message>
        <source>There is no move to undo on this ticket.</source>
        <translation>لا يوجد نقل للتراجع عنه في طلب الصيانة هذا.</translation>
    </message>
    <message>
        <source>The estimate cannot be negative.</source>
        <translation>لا يمكن أن تكون التكلفة التقديرية سالبة.</translation>
    </message>
    <message>
        <source>There is no ticket number {number}.</source>
        <translation>لا يوجد طلب صيانة بالرقم {number}.</translation>
    </message>
    <message>
        <source>Say why the ticket is cancelled.</source>
        <translation>اذكر سبب إلغاء طلب الصيانة.</translation>
    </message>
    <message>
        <source>Ticket {number} is cancelled; nothing is owed.</source>
        <translation>طلب الصيانة {number} ملغى؛ لا شيء مستحق عليه.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>أدخل المبلغ المدفوع.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>Choose a part.</source>
        <translation>اختر قطعة غيار.</translation>
    </message>
    <message>
        <source>Only {stock} of {part} are in stock.</source>
        <translation>المتوفر من {part} في المخزون {stock} فقط.</translation>
    </message>
    <message>
        <source>The stock cannot be more than {limit}.</source>
        <translation>لا يمكن أن يزيد المخزون على {limit}.</translation>
    </message>
    <message>
        <source>Enter the price of the labour.</source>
        <translation>أدخل أجرة العمل.</translation>
    </message>
    <message>
        <source>Enter the estimate first.</source>
        <translation>أدخل التكلفة التقديرية أولًا.</translation>
    </message>
    <message>
        <source>Ticket {number} is finished; reopen it to change it.</source>
        <translation>طلب الصيانة {number} منتهٍ؛ أعد فتحه لتعديله.</translation>
    </message>
    <message>
        <source>The product&apos;s model is required.</source>
        <translation>موديل المنتج مطلوب.</translation>
    </message>
    <message>
        <source>A warranty is from {low} to {high} months.</source>
        <translation>الضمان من {low} إلى {high} شهرًا.</translation>
    </message>
    <message>
        <source>A claim limit is from {low} to {high} jobs.</source>
        <translation>حد المطالبات من {low} إلى {high} عملًا.</translation>
    </message>
    <message>
        <source>Name the category.</source>
        <translation>أدخل اسم الفئة.</translation>
    </message>
    <message>
        <source>Category {category} has a rule already.</source>
        <translation>للفئة {category} قاعدة من قبل.</translation>
    </message>
    <message>
        <source>A service interval is from {low} to {high} months.</source>
        <translation>فترة الصيانة الدورية من {low} إلى {high} شهرًا.</translation>
    </message>
    <message>
        <source>{product} is already in the catalogue.</source>
        <translation>{product} موجود مسبقًا في قائمة المنتجات.</translation>
    </message>
    <message>
        <source>This ticket has no unit to replace.</source>
        <translation>لا يوجد في طلب الصيانة هذا جهاز للاستبدال.</translation>
    </message>
    <message>
        <source>Unit {serial} was replaced already.</source>
        <translation>استُبدل الجهاز {serial} من قبل.</translation>
    </message>
    <message>
        <source>The serial number is required.</source>
        <translation>الرقم التسلسلي مطلوب.</translation>
    </message>
    <message>
        <source>Unit {serial} has no warranty left to inherit.</source>
        <translation>لم يتبقَّ من ضمان الجهاز {serial} ما يُنقل.</translation>
    </message>
    <message>
        <source>The product has no warranty of its own to give.</source>
        <translation>ليس لهذا المنتج قاعدة ضمان.</translation>
    </message>
    <message>
        <source>Choose the line of the part that was fitted.</source>
        <translation>اختر سطر القطعة التي رُكّبت.</translation>
    </message>
    <message>
        <source>This part&apos;s replacement is recorded already.</source>
        <translation>سُجّل استبدال هذه القطعة من قبل.</translation>
    </message>
    <message>
        <source>Enter the amount given back.</source>
        <translation>أدخل المبلغ المسترد.</translation>
    </message>
    <message>
        <source>Choose how the money was given back.</source>
        <translation>اختر طريقة استرداد المبلغ.</translation>
    </message>
    <message>
        <source>Say why the money is given back.</source>
        <translation>اذكر سبب استرداد المبلغ.</translation>
    </message>
    <message>
        <source>Ticket {number} is cancelled.</source>
        <translation>طلب الصيانة {number} ملغى.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s product.</source>
        <translation>اختر منتج الجهاز.</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>تاريخ الشراء في المستقبل.</translation>
    </message>
    <message>
        <source>A unit with serial {serial} is already registered.</source>
        <translation>يوجد جهاز مسجّل بالرقم التسلسلي {serial}.</translation>
    </message>
    <message>
        <source>The unit already belongs to {name}.</source>
        <translation>الجهاز مملوك أصلًا لـ {name}.</translation>
    </message>
    <message>
        <source>{name} is archived: a unit cannot be given to them.</source>
        <translation>{name} مؤرشف: لا يمكن نقل جهاز إليه.</translation>
    </message>
    <message>
        <source>A unit with serial {serial} is already registered and archived: restore it from its owner&apos;s window.</source>
        <translation>جهاز بالرقم التسلسلي {serial} مسجل من قبل وهو في الأرشيف: أعده من الأرشيف من نافذة مالكه.</translation>
    </message>
    <message>
        <source>A warranty cannot be negative.</source>
        <translation>لا يمكن أن تكون مدة الضمان سالبة.</translation>
    </message>
    <message>
        <source>No unit with serial {serial} is registered.</source>
        <translation>لا يوجد جهاز مسجّل بالرقم التسلسلي {serial}.</translation>
    </message>
    <message>
        <source>Say why the warranty is void.</source>
        <translation>اذكر سبب إلغاء الضمان.</translation>
    </message>
    <message>
        <source>This warranty is void already.</source>
        <translation>هذا الضمان ملغى من قبل.</translation>
    </message>
    <message>
        <source>An extension must be at least one month.</source>
        <translation>يجب أن يكون التمديد شهرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Say why the warranty is extended.</source>
        <translation>اذكر سبب تمديد الضمان.</translation>
    </message>
    <message>
        <source>Enter the price the customer pays.</source>
        <translation>أدخل السعر الذي يدفعه العميل.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي إلى {target}: {reason}</translation>
    </message>
    <message>
        <source>“{url}” is not a database address Khedmat understands. Give the path of a database file, or a postgresql+psycopg://… address.</source>
        <translation>«{url}» ليس عنوان قاعدة بيانات يفهمه برنامج خدمة. أدخلوا مسار ملف قاعدة بيانات، أو عنوانًا بالشكل postgresql+psycopg://….</translation>
    </message>
    <message>
        <source>Khedmat keeps its records in an SQLite file or on a PostgreSQL server; “{url}” is neither.</source>
        <translation>يحفظ برنامج خدمة سجلاته في ملف SQLite أو على خادم PostgreSQL؛ و«{url}» ليس أيًّا منهما.</translation>
    </message>
    <message>
        <source>{where} is on a network share ({share}). Khedmat&apos;s database file must be on this PC&apos;s own disk: SQLite&apos;s write-ahead log does not work over a network file system, and the records would be damaged. For several PCs, keep the records on a PostgreSQL server (see the README).</source>
        <translation>{where} موجود على مجلد مشترك في الشبكة ({share}). يجب أن يكون ملف قاعدة بيانات خدمة على القرص الخاص بهذا الحاسوب: فسجل الكتابة المسبقة (WAL) في SQLite لا يعمل عبر نظام ملفات شبكي، وستتلف السجلات. لعدة حواسيب، احفظوا السجلات على خادم PostgreSQL (انظروا ملف README).</translation>
    </message>
    <message>
        <source>{where} is a folder, not a database file. Give the path of the database file itself.</source>
        <translation>{where} مجلد وليس ملف قاعدة بيانات. أدخل مسار ملف قاعدة البيانات نفسه.</translation>
    </message>
    <message>
        <source>There is no database at {where}. Check the path; to start a new, empty database there, add --create.</source>
        <translation>لا توجد قاعدة بيانات في {where}. تحقّقوا من المسار؛ ولإنشاء قاعدة بيانات جديدة فارغة هناك أضيفوا ‎--create‎.</translation>
    </message>
    <message>
        <source>{where} cannot be opened for reading and writing. Check that your user may change the file and that no other program holds it.</source>
        <translation>تعذّر فتح {where} للقراءة والكتابة. تحقّقوا من أن لمستخدمكم صلاحية تعديل الملف وأن برنامجًا آخر لا يستخدمه.</translation>
    </message>
    <message>
        <source>{where} is not a Khedmat database or it is damaged. Restore it from a backup.</source>
        <translation>{where} ليس قاعدة بيانات لبرنامج خدمة أو أنه تالف. استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database is on a server: Khedmat takes no backup file of it. Back it up and restore it with the server&apos;s own tools (pg_dump, pg_restore).</source>
        <translation>قاعدة البيانات على خادم: لا تأخذ خدمة منها ملفًا احتياطيًا. خذوا نسختها الاحتياطية واستعيدوها بأدوات الخادم نفسه (pg_dump وpg_restore).</translation>
    </message>
    <message>
        <source>{path} is the open database: choose another file for the backup.</source>
        <translation>{path} هي قاعدة البيانات المفتوحة: اختاروا ملفًا آخر للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Khedmat cannot reach the database “{url}”: its driver is not installed. Use a postgresql+psycopg://… address.</source>
        <translation>لا يستطيع برنامج خدمة الوصول إلى قاعدة البيانات «{url}»: برنامج تشغيلها غير مثبَّت. استخدموا عنوانًا بالشكل postgresql+psycopg://….</translation>
    </message>
    <message>
        <source>The folder for {where} cannot be made. Check the path.</source>
        <translation>تعذّر إنشاء مجلد {where}. تحقّقوا من المسار.</translation>
    </message>
    <message>
        <source>{where} is an empty file that Khedmat did not make; Khedmat does not take it over. Give the path of a Khedmat database, or of a file that does not exist yet with --create.</source>
        <translation>{where} ملف فارغ لم ينشئه برنامج خدمة، ولن يتولّاه. أدخلوا مسار قاعدة بيانات لخدمة، أو مسار ملف غير موجود بعد مع ‎--create‎.</translation>
    </message>
    <message>
        <source>Another clerk has just saved a customer with this mobile. Find the customer by the mobile instead of adding them again.</source>
        <translation>قام موظف آخر للتو بحفظ عميل بهذا الرقم الجوال. ابحثوا عن العميل برقم الجوال بدلاً من إضافته مرة أخرى.</translation>
    </message>
    <message>
        <source>Another clerk has just registered a unit with this serial. Find the unit by the serial instead of registering it again.</source>
        <translation>قام موظف آخر للتو بتسجيل جهاز بهذا الرقم التسلسلي. ابحثوا عن الجهاز بالرقم التسلسلي بدلاً من تسجيله مرة أخرى.</translation>
    </message>
    <message>
        <source>An import of {file} by {user} is writing to the database. It keeps the database until it ends, so that it is all or nothing. Nothing of yours is saved yet: try again when the import has ended.</source>
        <translation>يكتب استيراد {file} الذي بدأه {user} في قاعدة البيانات الآن. ويحتفظ بقاعدة البيانات حتى ينتهي، ليُحفظ كله أو لا يُحفظ شيء منه. لم يُحفظ شيء من عملكم بعد: أعيدوا المحاولة بعد انتهاء الاستيراد.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s work ({where}). Please try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة بعمل مستخدم آخر ({where}). يرجى المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened or written. Check that it is there, that your user may change it, and that its server is running.</source>
        <translation>تعذّر فتح قاعدة البيانات {where} أو الكتابة فيها. تحقّقوا من وجودها، ومن أن لمستخدمكم صلاحية تعديلها، ومن أن خادمها يعمل.</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of Khedmat. Install the newer version to open it.</source>
        <translation>أُنشئ {where} بإصدار أحدث من برنامج خدمة. ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <source>The database {where} needs an upgrade. Ask the administrator to run “khedmat db upgrade”.</source>
        <translation>قاعدة البيانات {where} تحتاج إلى ترقية. اطلب من مسؤول النظام تشغيل «khedmat db upgrade».</translation>
    </message>
    <message>
        <source>The part code is required.</source>
        <translation>رمز القطعة مطلوب.</translation>
    </message>
    <message>
        <source>The part name is required.</source>
        <translation>اسم القطعة مطلوب.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>لا يمكن أن يكون المخزون سالبًا.</translation>
    </message>
    <message>
        <source>Part code {code} is already used by {name}.</source>
        <translation>رمز القطعة {code} مستخدم مسبقًا للقطعة {name}.</translation>
    </message>
    <message>
        <source>Stock changes by receiving parts or counting them again, not in the form.</source>
        <translation>يتغير المخزون باستلام القطع أو بإعادة عدّها، لا من هذا النموذج.</translation>
    </message>
    <message>
        <source>Enter how many came in.</source>
        <translation>أدخل عدد القطع المستلمة.</translation>
    </message>
    <message>
        <source>Say why the stock is corrected.</source>
        <translation>اذكر سبب تصحيح المخزون.</translation>
    </message>
    <message>
        <source>The count is what the stock already says.</source>
        <translation>هذا العدد يطابق المخزون الحالي.</translation>
    </message>
    <message>
        <source>Pick a customer, or add a new one.</source>
        <translation>اختر عميلًا أو أضف عميلًا جديدًا.</translation>
    </message>
    <message>
        <source>This unit is not registered yet: check its details, then save again.</source>
        <translation>هذا الجهاز غير مسجّل بعد: راجع بياناته ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s product, or “New brand and model…” to type it.</source>
        <translation>اختر منتج الجهاز، أو «علامة تجارية وموديل جديدان…» لتكتبه.</translation>
    </message>
    <message>
        <source>“{line}” is not a date; write each holiday as year-month-day, one a line.</source>
        <translation>«{line}» ليس تاريخًا؛ اكتب كل عطلة بصيغة سنة-شهر-يوم، واحدة في كل سطر.</translation>
    </message>
    <message>
        <source>The logo file was not found.</source>
        <translation>لم يُعثر على ملف الشعار.</translation>
    </message>
    <message>
        <source>The logo file cannot be read.</source>
        <translation>تعذّرت قراءة ملف الشعار.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>أدخل عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>This is too long: at most {count} characters.</source>
        <translation>هذا النص أطول من اللازم: {count} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The workshop must close after it opens.</source>
        <translation>يجب أن يكون إغلاق الورشة بعد موعد فتحها.</translation>
    </message>
    <message>
        <source>Enter the name of the shop or company: it heads every job card and receipt.</source>
        <translation>أدخل اسم المتجر أو الشركة: يُطبع في رأس كل بطاقة إصلاح وإيصال تسليم.</translation>
    </message>
    <message>
        <source>The logo file is damaged or is not a PNG or JPEG image.</source>
        <translation>ملف الشعار تالف أو ليس صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation>تعذّرت كتابة الملف {path}.</translation>
    </message>
    <message>
        <source>This database&apos;s accounts have passwords: say who you are with --user (the password from KHEDMAT_PASSWORD, or typed when asked).</source>
        <translation>لحسابات قاعدة البيانات هذه كلمات مرور: عرّف نفسك بـ ‎--user‎ (كلمة المرور من KHEDMAT_PASSWORD أو تُكتب عند الطلب).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>{path} is neither a .pdf nor an .xlsx file: the report is written as a PDF or as an Excel workbook.</source>
        <translation>{path} ليس ملف ‎⁦.pdf⁩‎ ولا ‎⁦.xlsx⁩‎؛ يُكتب التقرير ملف PDF أو مصنف Excel.</translation>
    </message>
    <message>
        <source>A number of months cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الأشهر سالبًا.</translation>
    </message>
    <message>
        <source>{length} characters; this field holds at most {limit}</source>
        <translation>{length} حرفًا؛ وهذا الحقل يتسع لـ{limit} على الأكثر</translation>
    </message>
    <message>
        <source>The job now costs {due}, more than the {estimate} the customer approved. Record the customer&apos;s approval of the new amount first.</source>
        <translation>تكلفة العمل الآن {due}، أكثر من {estimate} التي وافق عليها العميل. سجّل موافقة العميل على المبلغ الجديد أولًا.</translation>
    </message>
    <message>
        <source>The amount paid cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ المدفوع سالبًا.</translation>
    </message>
    <message>
        <source>That is more than the {owed} owed.</source>
        <translation>هذا أكثر من المبلغ المستحق {owed}.</translation>
    </message>
    <message>
        <source>Choose how the customer paid.</source>
        <translation>اختر طريقة دفع العميل.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Choose the new owner.</source>
        <translation>اختر المالك الجديد.</translation>
    </message>
    <message>
        <source>This list has {count} rows; a printed list holds at most {limit}. Narrow the filter to print it, or export it to Excel.</source>
        <translation>تضم هذه القائمة {count} صفًا، والقائمة المطبوعة تتسع لـ {limit} صف على الأكثر. ضيّق التصفية لطباعتها، أو صدّرها إلى Excel.</translation>
    </message>
    <message>
        <source>The print-out was cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: records depend on this customer (units: {units}, tickets: {tickets}, contracts: {contracts}, follow-ups: {followups}, history entries: {entries}). Archive the customer instead: they leave the lists and the search, and nothing is lost.</source>
        <translation>لا يمكن حذف {name}: سجلات تعتمد على هذا العميل (الأجهزة: {units}، طلبات الصيانة: {tickets}، العقود: {contracts}، المتابعات: {followups}، قيود السجل: {entries}). أرشف العميل بدلاً من ذلك: يخرج من القوائم والبحث ولا يضيع شيء.</translation>
    </message>
    <message>
        <source>The unit {serial} cannot be deleted: records refer to it (tickets: {tickets}, contracts: {contracts}, service plans: {plans}). Archive it instead: it leaves the lists, and nothing is lost.</source>
        <translation>لا يمكن حذف الجهاز {serial}: سجلات تشير إليه (طلبات الصيانة: {tickets}، العقود: {contracts}، الصيانة الدورية: {plans}). أرشفه بدلاً من ذلك: يخرج من القوائم ولا يضيع شيء.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>لا يمكن دمج العميل مع نفسه.</translation>
    </message>
    <message>
        <source>{name} is archived: restore them from the archive before merging another customer into them.</source>
        <translation>{name} في الأرشيف: أعده من الأرشيف قبل دمج عميل آخر فيه.</translation>
    </message>
    <message>
        <source>Sign in first: this database&apos;s accounts have passwords.</source>
        <translation>سجّل الدخول أولًا: لحسابات قاعدة البيانات هذه كلمات مرور.</translation>
    </message>
    <message>
        <source>Your account may not do this; ask a manager.</source>
        <translation>لا يسمح حسابك بهذا؛ اطلبه من المدير.</translation>
    </message>
    <message>
        <source>{path} is the desk&apos;s database; writing there would destroy it. Choose another name for the file.</source>
        <translation>{path} هو قاعدة بيانات هذا المكتب؛ والكتابة فوقه تُتلفه. اختاروا اسمًا آخر للملف.</translation>
    </message>
    <message>
        <source>{path} is read or written by this same command; writing there would destroy it. Choose another name for the file.</source>
        <translation>{path} يقرؤه هذا الأمر نفسه أو يكتبه؛ والكتابة فوقه تُتلفه. اختاروا اسمًا آخر للملف.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the file to write.</source>
        <translation>{path} مجلد. أدخلوا اسم الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>{path} is not a Khedmat database or it is damaged.</source>
        <translation>{path} ليست قاعدة بيانات خدمة أو أنها تالفة.</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup to restore.</source>
        <translation>{path} هي قاعدة البيانات نفسها: اختاروا نسخة احتياطية لاستعادتها.</translation>
    </message>
    <message>
        <source>The restore of {path} failed: {reason}</source>
        <translation>تعذّرت استعادة {path}: {reason}</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>تحتاج كلمة المرور إلى {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the administrator.</source>
        <translation>هذا الحساب معطّل؛ راجع مسؤول النظام.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account can sign in again in {minutes} minutes.</source>
        <translation>محاولات خاطئة كثيرة: يمكن لهذا الحساب الدخول مجددًا بعد {minutes} دقيقة.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password is already set.</source>
        <translation>كلمة مرور مسؤول النظام محددة من قبل.</translation>
    </message>
    <message>
        <source>A user name is one word of letters or digits.</source>
        <translation>اسم المستخدم كلمة واحدة من حروف أو أرقام.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name.</source>
        <translation>اكتب الاسم الكامل للشخص.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>اسم المستخدم {name} مستخدم من قبل.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation>لا يمكنك تعطيل الحساب الذي دخلت به.</translation>
    </message>
    <message>
        <source>There is no account {name}.</source>
        <translation>لا يوجد حساب باسم {name}.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s first day.</source>
        <translation>أدخل أول يوم في العقد.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s last day.</source>
        <translation>أدخل آخر يوم في العقد.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s price (0 if it is free).</source>
        <translation>أدخل سعر العقد (٠ إن كان مجانيًا).</translation>
    </message>
    <message>
        <source>Enter how many visits the contract includes, or tick “No limit”.</source>
        <translation>أدخل عدد الزيارات التي يشملها العقد، أو اختر «بلا حد».</translation>
    </message>
    <message>
        <source>Say whether the price includes the parts.</source>
        <translation>حدّد هل يشمل السعر قطع الغيار.</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>اختر العميل أولًا.</translation>
    </message>
    <message>
        <source>Enter the new due date.</source>
        <translation>أدخل تاريخ الاستحقاق الجديد.</translation>
    </message>
    <message>
        <source>Say why the due date moves.</source>
        <translation>اذكر سبب تغيير موعد الاستحقاق.</translation>
    </message>
    <message>
        <source>This unit has no periodic service to move.</source>
        <translation>لا توجد صيانة دورية لهذا الجهاز لتغيير موعدها.</translation>
    </message>
    <message>
        <source>Contract {number} runs from {start} to {end}; its visit must be on one of those days.</source>
        <translation>عقد الصيانة {number} يسري من {start} إلى {end}؛ يجب أن تكون زيارته في أحد هذه الأيام.</translation>
    </message>
    <message>
        <source>The unit has no owner on record; register its owner before opening a ticket.</source>
        <translation>لم يُسجَّل مالك لهذا الجهاز؛ سجّل مالكه قبل فتح طلب الصيانة.</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>اختر كيف وصلت الشكوى.</translation>
    </message>
    <message>
        <source>Choose or type the complaint&apos;s category.</source>
        <translation>اختر فئة الشكوى أو اكتبها.</translation>
    </message>
    <message>
        <source>Write what the customer complains of.</source>
        <translation>اكتب ما يشكو منه العميل.</translation>
    </message>
    <message>
        <source>That ticket is another customer&apos;s.</source>
        <translation>طلب الصيانة هذا لعميل آخر.</translation>
    </message>
    <message>
        <source>That unit is another customer&apos;s.</source>
        <translation>هذا الجهاز لعميل آخر.</translation>
    </message>
    <message>
        <source>This complaint is closed.</source>
        <translation>هذه الشكوى مغلقة.</translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation>اكتب ما قيل للعميل.</translation>
    </message>
    <message>
        <source>Write the root cause: why this happened.</source>
        <translation>اكتب السبب الجذري: لماذا حدث هذا.</translation>
    </message>
    <message>
        <source>Write the action required so that it does not happen again.</source>
        <translation>اكتب الإجراء المطلوب حتى لا يتكرر.</translation>
    </message>
    <message>
        <source>A claim cannot move from “{source}” to “{target}”.</source>
        <translation>لا يمكن نقل المطالبة من «{source}» إلى «{target}».</translation>
    </message>
    <message>
        <source>The faulty part of this line was sent to the manufacturer already; the line stays on the ticket.</source>
        <translation>أُرسلت القطعة المعيبة لهذا السطر إلى الشركة المصنّعة من قبل؛ يبقى السطر في طلب الصيانة.</translation>
    </message>
    <message>
        <source>Choose the new unit&apos;s warranty.</source>
        <translation>اختر ضمان الجهاز الجديد.</translation>
    </message>
    <message>
        <source>Choose the part that was fitted.</source>
        <translation>اختر القطعة التي رُكّبت.</translation>
    </message>
    <message>
        <source>Say why the line is covered or charged.</source>
        <translation>اذكر سبب تغطية البند أو احتسابه على العميل.</translation>
    </message>
    <message>
        <source>The line is covered that way already.</source>
        <translation>البند على هذا النحو من قبل.</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as year-month, for example 1403-07.</source>
        <translation>«{text}» ليس شهرًا؛ اكتبه بصيغة السنة-الشهر، مثل ١٤٤٦-٠٩.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Close without extending the warranty?</source>
        <translation>إغلاق دون تمديد الضمان؟</translation>
    </message>
    <message>
        <source>Extend the warranty</source>
        <translation>تمديد الضمان</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>عدد الأشهر:</translation>
    </message>
    <message>
        <source>Why (sold, goodwill…):</source>
        <translation>السبب (بيع، مجاملة…):</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>عميل مميز</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>البائع</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>الملحقات</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة الظاهرية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>نوع العمل</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>طريقة الوصول</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>تاريخ الشراء</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>البائع</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>نهاية الضمان</translation>
    </message>
    <message>
        <source>Warranty void since</source>
        <translation>الضمان ملغى منذ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>العميل المدمج</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>أُرشف</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>عميل مميز</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>كلمات مرور خاطئة متتالية</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>ينتظر حتى</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>آخر دخول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Customer&apos;s answer</source>
        <translation>رد العميل</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>صاحب الرد</translation>
    </message>
    <message>
        <source>Answered by way of</source>
        <translation>وسيلة الرد</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <source>At</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>تاريخ الإلغاء</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>وقت الإغلاق</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد الصيانة</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Coverage note</source>
        <translation>ملاحظة التغطية</translation>
    </message>
    <message>
        <source>Covered until</source>
        <translation>التغطية حتى</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مشمول</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Warranty months</source>
        <translation>أشهر الضمان</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>وقت التسليم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>وقت الإنجاز</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>من الحالة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>كل (أشهر)</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>إعادة إصلاح</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>آخر تنفيذ</translation>
    </message>
    <message>
        <source>Periodic service (months)</source>
        <translation>الصيانة الدورية (أشهر)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>مستلم الطلب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>وقت الدفع</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعة الغيار</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>المندوب المخصص</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>زمن الاستجابة (ساعات)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>طلب الصيانة</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>إلى الحالة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب المستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Visits included</source>
        <translation>الزيارات المشمولة</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>الزيارات المستخدمة</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>ألغاه</translation>
    </message>
    <message>
        <source>Void since</source>
        <translation>ملغى منذ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>طلبات الصيانة</translation>
    </message>
    <message>
        <source>Periodic service due</source>
        <translation>موعد الصيانة الدورية</translation>
    </message>
    <message>
        <source>Warranty price</source>
        <translation>سعر الضمان</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} ← {after}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading demo data…</source>
        <translation>جارٍ تحميل البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>تحميل بيانات تجريبية</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n customers, with their units and tickets.</source>
        <translation>
            <numerusform>حُمّلت البيانات التجريبية: %n عميل، مع أجهزتهم وطلبات صيانتهم.</numerusform>
            <numerusform>حُمّلت البيانات التجريبية: عميل واحد، مع أجهزته وطلبات صيانته.</numerusform>
            <numerusform>حُمّلت البيانات التجريبية: عميلان، مع أجهزتهما وطلبات صيانتهما.</numerusform>
            <numerusform>حُمّلت البيانات التجريبية: %n عملاء، مع أجهزتهم وطلبات صيانتهم.</numerusform>
            <numerusform>حُمّلت البيانات التجريبية: %n عميلًا، مع أجهزتهم وطلبات صيانتهم.</numerusform>
            <numerusform>حُمّلت البيانات التجريبية: %n عميل، مع أجهزتهم وطلبات صيانتهم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Khedmat</source>
        <translation>مرحبًا بك في خدمة</translation>
    </message>
    <message>
        <source>The name, address and phone of your shop or company head every job card and receipt. You can change them later under Tools › Settings.</source>
        <translation>يُطبع اسم متجرك أو شركتك وعنوانه وهاتفه في رأس كل بطاقة إصلاح وإيصال تسليم. يمكنك تغييرها لاحقًا من أدوات › الإعدادات.</translation>
    </message>
    <message>
        <source>Shop or company name</source>
        <translation>اسم المتجر أو الشركة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>كلمة مرور مسؤول النظام</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>At least 8 characters; asked at every start</source>
        <translation>٨ أحرف على الأقل؛ تُطلب عند كل تشغيل</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>تحميل بيانات تجريبية</translation>
    </message>
    <message>
        <source>Sample customers, units and tickets to try the desk with. Keep the shop&apos;s real records in a database of their own.</source>
        <translation>عملاء وأجهزة وطلبات صيانة نموذجية لتجربة المكتب. احفظ سجلات المتجر الحقيقية في قاعدة بيانات خاصة بها.</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>استيراد مصنف…</translation>
    </message>
    <message>
        <source>Bring in the customers, units and jobs of an old Excel log.</source>
        <translation>استورد العملاء والأجهزة وأعمال الصيانة من مصنف إكسل قديم.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>البدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Register the first customer when the first unit comes in.</source>
        <translation>سجّل أول عميل عند وصول أول جهاز.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>أقرر لاحقًا</translation>
    </message>
</context>
<context>
    <name>FollowUpButton</name>
    <message>
        <source>{name} — ticket {ticket}</source>
        <translation>{name} — طلب الصيانة {ticket}</translation>
    </message>
    <message>
        <source>{name} — unit {serial}</source>
        <translation>{name} — الجهاز {serial}</translation>
    </message>
    <message>
        <source>Complaint or call</source>
        <translation>شكوى أو اتصال</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>شكوى…</translation>
    </message>
    <message>
        <source>Schedule a call…</source>
        <translation>جدولة اتصال…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>The call closes: the number is not the customer&apos;s.</source>
        <translation>تُغلق المتابعة: الرقم ليس للعميل.</translation>
    </message>
    <message>
        <source>This is try {n} of {allowed}, the last: the call closes as not reached.</source>
        <translation>هذه المحاولة {n} من {allowed}، وهي الأخيرة: تُغلق المتابعة بأنه لم يُتوصَّل إليه.</translation>
    </message>
    <message>
        <source>This is try {n} of {allowed}: the call is due again on the day below.</source>
        <translation>هذه المحاولة {n} من {allowed}: يحين موعد الاتصال مجددًا في اليوم أدناه.</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>مكالمة المتابعة</translation>
    </message>
    <message>
        <source>{name} — {mobile}</source>
        <translation>{name} — {mobile}</translation>
    </message>
    <message>
        <source>{name} — {mobile} — ticket {ticket}</source>
        <translation>{name} — {mobile} — طلب الصيانة {ticket}</translation>
    </message>
    <message>
        <source>{kind}, due {day}</source>
        <translation>{kind}، موعدها {day}</translation>
    </message>
    <message>
        <source>{about}. {note}</source>
        <translation>{about}. {note}</translation>
    </message>
    <message>
        <source>{about}. Closed: {outcome}.</source>
        <translation>{about}. أُغلقت: {outcome}.</translation>
    </message>
    <message numerus="yes">
        <source>Tries so far: %n</source>
        <translation>
            <numerusform>المحاولات حتى الآن: لا شيء</numerusform>
            <numerusform>المحاولات حتى الآن: واحدة</numerusform>
            <numerusform>المحاولات حتى الآن: اثنتان</numerusform>
            <numerusform>المحاولات حتى الآن: %n</numerusform>
            <numerusform>المحاولات حتى الآن: %n</numerusform>
            <numerusform>المحاولات حتى الآن: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This try</source>
        <translation>هذه المحاولة</translation>
    </message>
    <message>
        <source>Choose what came of the call…</source>
        <translation>اختر نتيجة الاتصال…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتيجة الاتصال</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>معاودة الاتصال في</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>الرضا (١ إلى ٥)</translation>
    </message>
    <message>
        <source>Note on this try</source>
        <translation>ملاحظة على هذه المحاولة</translation>
    </message>
    <message>
        <source>Would recommend us (0–10)</source>
        <translation>يوصي بنا (٠ إلى ١٠)</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>ما قاله العميل</translation>
    </message>
    <message>
        <source>The problem persists: reopen the ticket as rework</source>
        <translation>المشكلة مستمرة: أعد فتح طلب الصيانة كإعادة إصلاح</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>لم يُسأل</translation>
    </message>
</context>
<context>
    <name>FollowUpFilterBar</name>
    <message>
        <source>Due now</source>
        <translation>حان موعدها</translation>
    </message>
    <message>
        <source>All still to call</source>
        <translation>كل المتابعات المتبقية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>FoundUnit</name>
    <message>
        <source>Transfer to this customer…</source>
        <translation>نقل إلى هذا العميل…</translation>
    </message>
    <message>
        <source>The unit changes owner; its history records it.</source>
        <translation>يتغيّر مالك الجهاز ويُسجَّل ذلك في سجله.</translation>
    </message>
    <message>
        <source>No owner on record</source>
        <translation>لا يوجد مالك مسجل</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>المالك: {owner}</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>المنتج: {product}</translation>
    </message>
    <message>
        <source>Bought on {date}</source>
        <translation>تاريخ الشراء: {date}</translation>
    </message>
    <message>
        <source>Archived on {date}: restore it from its owner&apos;s window.</source>
        <translation>أُرشف في {date}: استعده من نافذة مالكه.</translation>
    </message>
    <message>
        <source>This unit is registered to {owner}, not to the customer of this ticket.</source>
        <translation>هذا الجهاز مسجل باسم {owner}، لا باسم عميل طلب الصيانة هذا.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>This unit is already in the workshop: {tickets}. Open another ticket only for a new fault.</source>
        <translation>هذا الجهاز موجود في الورشة الآن: {tickets}. لا تفتح طلبًا آخر إلا لعطل جديد.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{count} rejected rows written to {path}.</source>
        <translation>كُتب {count} صفًا مرفوضًا في {path}.</translation>
    </message>
    <message>
        <source>Every row and what became of it written to {path}.</source>
        <translation>كُتبت كل الصفوف وما آل إليه كل منها في {path}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is protected by a password. Open it in Excel or LibreOffice, save a copy without the password and import that copy.</source>
        <translation>الملف {path} محمي بكلمة مرور. افتحه في Excel أو LibreOffice واحفظ نسخة دون كلمة مرور ثم استورد تلك النسخة.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet Khedmat can read (.xlsx, .xls or .ods).</source>
        <translation>{path} ليس جدول بيانات يستطيع خدمة قراءته (⁦.xlsx⁩ أو ⁦.xls⁩ أو ⁦.ods⁩).</translation>
    </message>
    <message>
        <source>{path} is too large to import: it unpacks to {size}, and Khedmat reads workbooks of up to {limit}. Split it into smaller workbooks (a year or a branch each) and import them one by one.</source>
        <translation>{path} أكبر من أن يُستورد: حجمه بعد فك الضغط {size}، وخدمة تقرأ المصنفات حتى {limit}. قسّمه إلى مصنفات أصغر (سنة أو فرع لكل منها) واستوردها واحدًا بعد الآخر.</translation>
    </message>
    <message>
        <source>{path} is too large to import: its sheets span {cells} cells (every row and column from the first used cell to the last), and Khedmat reads up to {limit} at once. Split it into smaller workbooks, or delete stray values far below or to the right of the data.</source>
        <translation>{path} أكبر من أن يُستورد: تمتد أوراقه على {cells} خلية (كل الصفوف والأعمدة من أول خلية مستعملة إلى آخرها)، وخدمة تقرأ حتى {limit} دفعة واحدة. قسّمه إلى مصنفات أصغر، أو احذف القيم الشاردة البعيدة أسفل البيانات أو إلى جانبها.</translation>
    </message>
    <message>
        <source>{path} is too large to import: its cells hold {size} of text once text the file stores once is copied into every cell that shows it, and Khedmat reads up to {limit}. Split it into smaller workbooks.</source>
        <translation>{path} أكبر من أن يُستورد: تحمل خلاياه {size} من النص حين يُنسخ النص الذي يحفظه الملف مرة واحدة في كل خلية تعرضه، وخدمة تقرأ حتى {limit}. قسّمه إلى مصنفات أصغر.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is packed in a way no spreadsheet program writes (it unpacks to far more than it should). It may be damaged, or made to exhaust the computer&apos;s memory. Open it in Excel or LibreOffice, save a copy and import that copy.</source>
        <translation>تعذّر استيراد {path}: ضُغط بطريقة لا يكتبها أي برنامج جداول (حجمه بعد فك الضغط أكبر بكثير مما ينبغي). قد يكون تالفًا، أو مصنوعًا لاستنفاد ذاكرة الحاسوب. افتحه في Excel أو LibreOffice واحفظ نسخة منه ثم استورد تلك النسخة.</translation>
    </message>
    <message>
        <source>The workbook {path} is empty.</source>
        <translation>المصنف {path} فارغ.</translation>
    </message>
    <message>
        <source>Imported: {imported}. Merged into existing records: {merged}. Skipped as not data: {skipped}. Rejected: {rejected}.</source>
        <translation>مستورد: {imported}. مدمج في سجلات موجودة: {merged}. متجاوز لأنه ليس بيانات: {skipped}. مرفوض: {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows} read from one sheet.</source>
        <translation>{file}: قُرئ {rows} من ورقة واحدة.</translation>
    </message>
    <message>
        <source>{file}: {rows} read from {sheets}.</source>
        <translation>{file}: قُرئ {rows} من {sheets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheets</source>
        <translation>
            <numerusform>%n ورقة</numerusform>
            <numerusform>ورقة واحدة</numerusform>
            <numerusform>ورقتان</numerusform>
            <numerusform>%n أوراق</numerusform>
            <numerusform>%n ورقة</numerusform>
            <numerusform>%n ورقة</numerusform>
        </translation>
    </message>
    <message>
        <source>New records: {counts}.</source>
        <translation>سجلات جديدة: {counts}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n عميل</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%n عملاء</numerusform>
            <numerusform>%n عميلًا</numerusform>
            <numerusform>%n عميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n جهاز</numerusform>
            <numerusform>جهاز واحد</numerusform>
            <numerusform>جهازان</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n طلب صيانة</numerusform>
            <numerusform>طلب صيانة واحد</numerusform>
            <numerusform>طلبا صيانة</numerusform>
            <numerusform>%n طلبات صيانة</numerusform>
            <numerusform>%n طلب صيانة</numerusform>
            <numerusform>%n طلب صيانة</numerusform>
        </translation>
    </message>
    <message>
        <source>Technicians named in the sheets and added to the staff (without sign-in): {count}.</source>
        <translation>الفنيون المذكورون في الأوراق والمضافون إلى الموظفين (دون تسجيل دخول): {count}.</translation>
    </message>
    <message>
        <source>Jobs still open in the sheets but received before the cut-off, closed as imported (their sheet status is in their history): {count}.</source>
        <translation>الطلبات التي ما زالت مفتوحة في الأوراق لكنها استُلمت قبل الحد الزمني، فأُغلقت كمستوردة (حالتها في الورقة محفوظة في سجلها): {count}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} is hidden in the workbook; it was read like the others.</source>
        <translation>الورقة {sheet} مخفية في المصنف؛ وقد قُرئت مثل غيرها.</translation>
    </message>
    <message>
        <source>Rejected: sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>مرفوض: الورقة {sheet}، الصف {row}، العمود {column}: {reason}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to the database.</source>
        <translation>تشغيل تجريبي: لم يُكتب شيء في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>A backup of the database before the import is at {path}.</source>
        <translation>نسخة احتياطية من قاعدة البيانات قبل الاستيراد موجودة في {path}.</translation>
    </message>
    <message>
        <source>No backup file was taken: the database is on a server, which is backed up with the server&apos;s own tools.</source>
        <translation>لم تُؤخذ نسخة احتياطية في ملف: قاعدة البيانات على خادم، ونسخها الاحتياطي بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Merged into existing records</source>
        <translation>مدمج في سجلات موجودة</translation>
    </message>
    <message>
        <source>Skipped (not data)</source>
        <translation>متخطى (ليس بيانات)</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>No sheet in {path} has a header row Khedmat recognises (columns such as name, mobile, serial).</source>
        <translation>لا توجد في {path} ورقة بصف عناوين يعرفه خدمة (أعمدة مثل الاسم والجوال والرقم التسلسلي).</translation>
    </message>
    <message>
        <source>Amount received in the sheet: {amount}</source>
        <translation>المبلغ المستلم في الورقة: {amount}</translation>
    </message>
    <message>
        <source>Closed (imported): still open in the sheet, and received more than {months} months before the import.</source>
        <translation>مغلق (مستورد): كان ما زال مفتوحًا في الورقة، واستُلم قبل الاستيراد بأكثر من {months} أشهر.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>صف فارغ</translation>
    </message>
    <message>
        <source>the sheet has no recognisable header row</source>
        <translation>الورقة ليس فيها صف عناوين معروف</translation>
    </message>
    <message>
        <source>title above the header row</source>
        <translation>عنوان فوق صف العناوين</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <source>header row repeated</source>
        <translation>صف العناوين مكرر</translation>
    </message>
    <message>
        <source>total row</source>
        <translation>صف المجموع</translation>
    </message>
    <message>
        <source>not data: {why}</source>
        <translation>ليس بيانات: {why}</translation>
    </message>
    <message>
        <source>new customer {name}</source>
        <translation>عميل جديد {name}</translation>
    </message>
    <message>
        <source>existing customer {name}</source>
        <translation>عميل موجود {name}</translation>
    </message>
    <message>
        <source>new unit {serial}</source>
        <translation>جهاز جديد {serial}</translation>
    </message>
    <message>
        <source>existing unit {serial}</source>
        <translation>جهاز موجود {serial}</translation>
    </message>
    <message>
        <source>new ticket {number}</source>
        <translation>طلب صيانة جديد {number}</translation>
    </message>
    <message>
        <source>ticket {number} already present</source>
        <translation>طلب الصيانة {number} موجود مسبقًا</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>not stored, as nothing new was made of the row: {cells}</source>
        <translation>لم يُحفظ، إذ لم يُنشأ من الصف سجل جديد: {cells}</translation>
    </message>
    <message>
        <source>the {record} has {field} “{kept}”; the sheet&apos;s “{value}” was not stored over it</source>
        <translation>{field} لدى {record} هو «{kept}»؛ ولم يُكتب فوقه «{value}» الذي في الورقة</translation>
    </message>
    <message>
        <source>existing unit {serial}, recorded for another customer ({owner}); its owner was not changed</source>
        <translation>جهاز موجود {serial} مسجّل لعميل آخر ({owner})؛ لم يُغيَّر مالكه</translation>
    </message>
    <message>
        <source>the unit&apos;s purchase date was kept; the sheet&apos;s {date} was not stored over it</source>
        <translation>بقي تاريخ شراء الجهاز كما هو؛ ولم يُكتب فوقه {date} الذي في الورقة</translation>
    </message>
    <message>
        <source>the sheet says the unit&apos;s coverage is “{sheet}”, but by its warranty and contracts in Khedmat it is “{ours}” today; check the unit</source>
        <translation>يذكر الجدول أن تغطية الجهاز «{sheet}»، لكنها بحسب ضمانه وعقوده في خدمة «{ours}» اليوم؛ راجِع الجهاز</translation>
    </message>
    <message>
        <source>the same repair is already present</source>
        <translation>الإصلاح نفسه موجود مسبقًا</translation>
    </message>
    <message>
        <source>Amount from the legacy sheet</source>
        <translation>المبلغ من السجل القديم</translation>
    </message>
    <message>
        <source>Imported from {file}, sheet {sheet}, row {row}.</source>
        <translation>مستورد من {file}، الورقة {sheet}، الصف {row}.</translation>
    </message>
    <message>
        <source>Status in the sheet: {status}</source>
        <translation>الحالة في السجل: {status}</translation>
    </message>
    <message>
        <source>Amount in the sheet: {amount}</source>
        <translation>المبلغ في الورقة: {amount}</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of job Khedmat knows</source>
        <translation>«{value}» ليس نوع طلب تعرفه خدمة</translation>
    </message>
    <message>
        <source>“{value}” is not a priority Khedmat knows</source>
        <translation>«{value}» ليست أولوية تعرفها خدمة</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no</source>
        <translation>«{value}» ليس «نعم» ولا «لا»</translation>
    </message>
    <message>
        <source>The cell holds a spreadsheet error ({error}), not a value: correct it in the workbook</source>
        <translation>الخلية تحمل خطأ جدول ({error}) لا قيمة: صحّحه في المصنف</translation>
    </message>
    <message>
        <source>The cell holds a formula whose value was never saved: open the workbook in Excel or LibreOffice and save it again</source>
        <translation>الخلية تحمل صيغة لم تُحفظ قيمتها قط: افتح المصنف في Excel أو LibreOffice واحفظه من جديد</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>تاريخ الشراء في المستقبل.</translation>
    </message>
    <message>
        <source>A warranty end without the purchase date: the warranty&apos;s start is unknown</source>
        <translation>نهاية ضمان بلا تاريخ شراء: بداية الضمان مجهولة</translation>
    </message>
    <message>
        <source>The warranty ends before the unit was bought.</source>
        <translation>ينتهي الضمان قبل شراء الجهاز.</translation>
    </message>
    <message>
        <source>A void warranty, but the row gives no warranty.</source>
        <translation>ضمان ملغى، لكن الصف لا يذكر ضمانًا.</translation>
    </message>
    <message>
        <source>The warranty is void, but the row does not say since when.</source>
        <translation>الضمان ملغى، لكن الصف لا يذكر منذ متى.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>The unit was delivered before it was received.</source>
        <translation>سُلّم الجهاز قبل استلامه.</translation>
    </message>
    <message>
        <source>The job has no date received; a ticket&apos;s date is never made up: write it in the sheet (or choose the column that holds it)</source>
        <translation>الطلب بلا تاريخ استلام؛ ولا يُختلق تاريخ طلب أبدًا: اكتبه في الورقة (أو اختر العمود الذي يحمله)</translation>
    </message>
    <message>
        <source>The amount is in {currency}, but this desk works in {desk}.</source>
        <translation>المبلغ بعملة {currency}، لكن هذا المكتب يعمل بعملة {desk}.</translation>
    </message>
    <message>
        <source>The row names no customer (neither a name nor a mobile).</source>
        <translation>الصف لا يذكر عميلًا (لا اسم ولا جوال).</translation>
    </message>
    <message>
        <source>“{value}” is not a status Khedmat knows</source>
        <translation>«{value}» ليست حالة يعرفها خدمة</translation>
    </message>
    <message>
        <source>“{value}” is not a number of months</source>
        <translation>«{value}» ليس عددًا من الأشهر</translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation>تعذّرت كتابة الملف {path}.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read.</source>
        <translation>تعذّرت قراءة ملف الربط {path}.</translation>
    </message>
    <message>
        <source>{path} is not a Khedmat mapping file.</source>
        <translation>الملف {path} ليس ملف ربط من خدمة.</translation>
    </message>
    <message>
        <source>The mapping does not fit {path}: {what}</source>
        <translation>الربط لا يطابق {path}: {what}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Phone (landline)</source>
        <translation>الهاتف (الثابت)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>عميل مميز</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Product / model</source>
        <translation>المنتج / الموديل</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>الماركة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>تاريخ الشراء</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>الضمان (بالأشهر)</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>نهاية الضمان</translation>
    </message>
    <message>
        <source>Warranty void since</source>
        <translation>إلغاء الضمان منذ</translation>
    </message>
    <message>
        <source>Why the warranty is void</source>
        <translation>سبب إلغاء الضمان</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>البائع</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <source>Coverage (worked out, not stored)</source>
        <translation>التغطية (تُحسب ولا تُحفظ)</translation>
    </message>
    <message>
        <source>Date delivered</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>الملحقات</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة الخارجية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Amount charged</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>المبلغ المستلم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>عملاء جدد</translation>
    </message>
    <message>
        <source>New units</source>
        <translation>أجهزة جديدة</translation>
    </message>
    <message>
        <source>New tickets</source>
        <translation>طلبات صيانة جديدة</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>يُحفظ في الملاحظات</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>هذه الورقة فارغة.</translation>
    </message>
    <message>
        <source>This sheet is not imported. To import it, choose the row that holds the column names.</source>
        <translation>لن تُستورد هذه الورقة. لاستيرادها اختر الصف الذي يحمل أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>Header on row {row}; {rows} rows below it. {fields} columns chosen, {notes} kept in notes.</source>
        <translation>صف العناوين هو الصف {row}، وتحته {rows} صفًا. حُدد {fields} عمودًا، ويُحفظ {notes} في الملاحظات.</translation>
    </message>
    <message>
        <source>No column is the customer name or mobile: every row would be rejected.</source>
        <translation>لا يوجد عمود لاسم العميل أو جواله: ستُرفض كل الصفوف.</translation>
    </message>
    <message>
        <source>The sheet is hidden in the workbook; it is imported like the others unless you leave it out.</source>
        <translation>هذه الورقة مخفية في المصنف؛ وتُستورد مثل غيرها ما لم تستبعدها.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>صف ال&amp;عناوين:</translation>
    </message>
    <message>
        <source>Do not import this sheet</source>
        <translation>لا تستورد هذه الورقة</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Choose the workbook</source>
        <translation>اختيار المصنف</translation>
    </message>
    <message>
        <source>Check the sheets and their columns</source>
        <translation>مراجعة الأوراق وأعمدتها</translation>
    </message>
    <message>
        <source>Dry run: what the import would do</source>
        <translation>تشغيل تجريبي: ما الذي سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>What became of every row</source>
        <translation>ما آل إليه كل صف</translation>
    </message>
    <message>
        <source>Choose the workbook that holds the old records (.xlsx, .xls or .ods). Nothing is written to the database until you confirm the import.</source>
        <translation>اختر المصنف الذي يحوي السجلات القديمة (⁦.xlsx⁩ أو ⁦.xls⁩ أو ⁦.ods⁩). لا يُكتب شيء في قاعدة البيانات حتى تؤكد الاستيراد.</translation>
    </message>
    <message>
        <source>The highlighted row is read as each sheet&apos;s header, and the list above each column says what the column holds. Columns kept in notes go into each ticket&apos;s history. Double-click a row to make it the header.</source>
        <translation>يُقرأ الصف المظلل صفَّ عناوين لكل ورقة، وتبيّن القائمة فوق كل عمود ما يحويه. الأعمدة المحفوظة في الملاحظات تُضاف إلى سجل كل طلب. انقر نقرًا مزدوجًا على صف لجعله صف العناوين.</translation>
    </message>
    <message>
        <source>Every row was read and checked; nothing was written. Go back to change the columns, or import.</source>
        <translation>قُرئت كل الصفوف وفُحصت، ولم يُكتب شيء. ارجع لتغيير الأعمدة، أو ابدأ الاستيراد.</translation>
    </message>
    <message>
        <source>The import is done. Every row of the workbook is listed with what became of it.</source>
        <translation>اكتمل الاستيراد. كل صفوف المصنف مدرجة مع ما آلت إليه.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>تشغيل &amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Choose the legacy workbook</source>
        <translation>اختيار المصنف القديم</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>المصنفات (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>تحميل ربط محفوظ</translation>
    </message>
    <message>
        <source>Khedmat mappings (*.json)</source>
        <translation>ملفات ربط خدمة (*.json)</translation>
    </message>
    <message>
        <source>Detected from each sheet&apos;s headings.</source>
        <translation>تُكتشف من عناوين كل ورقة.</translation>
    </message>
    <message>
        <source>Saved mapping {file}</source>
        <translation>الربط المحفوظ {file}</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>اختر مصنفًا أولًا.</translation>
    </message>
    <message>
        <source>Sheets imported: {taken} of {sheets} ({rows}).</source>
        <translation>الأوراق المستوردة: {taken} من {sheets} ({rows}).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {rows} into the database? A backup of the database is taken first.</source>
        <translation>هل يُستورد {rows} إلى قاعدة البيانات؟ تؤخذ نسخة احتياطية من قاعدة البيانات أولًا.</translation>
    </message>
    <message>
        <source>Import {rows} into the database? The database is on a server: no backup file is taken, so make sure the server&apos;s own backup is recent.</source>
        <translation>هل يُستورد {rows} إلى قاعدة البيانات؟ قاعدة البيانات على خادم فلا تُؤخذ نسخة احتياطية في ملف؛ تأكد أن النسخة الاحتياطية للخادم حديثة.</translation>
    </message>
    <message>
        <source>Rejected rows: {count}; the first {shown} are shown.</source>
        <translation>الصفوف المرفوضة: {count}؛ يُعرض أول {shown} منها.</translation>
    </message>
    <message>
        <source>Rejected rows: {count}.</source>
        <translation>الصفوف المرفوضة: {count}.</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>حفظ الربط</translation>
    </message>
    <message>
        <source>Only a manager may import; this check changed nothing.</source>
        <translation>الاستيراد للمدير وحده؛ هذا الفحص لم يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>The mapping was saved to {path}. Load it to import a workbook laid out the same way.</source>
        <translation>حُفظ الربط في {path}. حمّله لاستيراد مصنف بالترتيب نفسه.</translation>
    </message>
    <message>
        <source>The {rejected} rejected rows are left out; save them to a workbook, correct them there and import that later.</source>
        <translation>لن تُستورد الصفوف المرفوضة وعددها {rejected}؛ احفظها في مصنف وصحّحها فيه ثم استورده لاحقًا.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Row {done} of {total}</source>
        <translation>الصف {done} من {total}</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>لم يُرفض أي صف.</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>كل الصفوف ({count})</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>المصنفات (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} cannot be written. Choose another folder, or close the file if it is open in another program.</source>
        <translation>تتعذر الكتابة في {path}. اختر مجلدًا آخر، أو أغلق الملف إن كان مفتوحًا في برنامج آخر.</translation>
    </message>
    <message>
        <source>Close the import? Nothing has been imported yet.</source>
        <translation>هل تغلق الاستيراد؟ لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>Import a legacy workbook</source>
        <translation>استيراد مصنف قديم</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>المصنف</translation>
    </message>
    <message>
        <source>Sheets and columns</source>
        <translation>الأوراق والأعمدة</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>ال&amp;مصنف:</translation>
    </message>
    <message>
        <source>The .xlsx, .xls or .ods file of the old records</source>
        <translation>ملف ⁦.xlsx⁩ أو ⁦.xls⁩ أو ⁦.ods⁩ للسجلات القديمة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>&amp;Load a saved mapping…</source>
        <translation>&amp;تحميل ربط محفوظ…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;حفظ الربط…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>سجلات جديدة</translation>
    </message>
    <message>
        <source>First problems</source>
        <translation>أولى المشكلات</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>ع&amp;رض:</translation>
    </message>
    <message>
        <source>Backup taken before the import:</source>
        <translation>النسخة الاحتياطية قبل الاستيراد:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Customer: {customer}</source>
        <translation>العميل: {customer}</translation>
    </message>
    <message>
        <source>Ticket {number} is open</source>
        <translation>تم تسجيل طلب الصيانة {number}</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this ticket will be lost.</source>
        <translation>هل تريد الإغلاق دون حفظ؟ سيضيع ما كتبته لطلب الصيانة هذا.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>طلب صيانة جديد</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Mobile or name</source>
        <translation>الجوال أو الاسم</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Add a customer who is not in the list ({keys})</source>
        <translation>إضافة عميل غير موجود في القائمة ({keys})</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>الجوال:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>الرقم التسلسلي:</translation>
    </message>
    <message>
        <source>Serial number on the unit</source>
        <translation>الرقم التسلسلي المدون على الجهاز</translation>
    </message>
    <message>
        <source>Transfer unit {serial} from {owner} to {customer}? The unit&apos;s history records it.</source>
        <translation>هل يُنقل الجهاز {serial} من {owner} إلى {customer}؟ يُسجَّل ذلك في سجل الجهاز.</translation>
    </message>
    <message>
        <source>Brought in by the new owner at intake</source>
        <translation>أحضره المالك الجديد عند الاستلام</translation>
    </message>
    <message>
        <source>Coverage unknown: no warranty rule for this product; type the warranty months</source>
        <translation>التغطية غير معروفة: لا قاعدة ضمان لهذا المنتج؛ أدخل أشهر الضمان</translation>
    </message>
    <message>
        <source>Coverage unknown: give the purchase date (without it no warranty is recorded)</source>
        <translation>التغطية غير معروفة: أدخل تاريخ الشراء (بدونه لا يُسجَّل ضمان)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>طلب الصيانة</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>قناة الطلب:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>العطل:</translation>
    </message>
    <message>
        <source>Accessories received:</source>
        <translation>الملحقات المستلمة:</translation>
    </message>
    <message>
        <source>Physical condition:</source>
        <translation>الحالة الظاهرية:</translation>
    </message>
    <message>
        <source>Promised date:</source>
        <translation>موعد التسليم:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>التكلفة التقديرية:</translation>
    </message>
    <message>
        <source>What the customer says is wrong</source>
        <translation>العطل كما يصفه العميل</translation>
    </message>
    <message>
        <source>&amp;Print job card</source>
        <translation>طباعة بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>Print the job card of the ticket just opened.</source>
        <translation>طباعة بطاقة الإصلاح لطلب الصيانة الذي فُتح الآن.</translation>
    </message>
    <message>
        <source>Pre&amp;view job card</source>
        <translation>&amp;معاينة بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>See the job card of the ticket just opened as it will be printed.</source>
        <translation>اعرض بطاقة إصلاح الطلب الذي فُتح للتو كما ستُطبع.</translation>
    </message>
    <message>
        <source>New &amp;ticket</source>
        <translation>طلب صيانة جديد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the ticket ({keys})</source>
        <translation>حفظ طلب الصيانة ({keys})</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Clerk</source>
        <translation>موظف استقبال</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>فني</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>تركيب</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>صيانة دورية</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Estimate approval</source>
        <translation>موافقة على التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعة غيار</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>أجرة العمل</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Standard warranty</source>
        <translation>ضمان أساسي</translation>
    </message>
    <message>
        <source>Extended warranty</source>
        <translation>ضمان ممدد</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>ضمان الإصلاح</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>مخزون افتتاحي</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Used on a ticket</source>
        <translation>استُخدم في طلب صيانة</translation>
    </message>
    <message>
        <source>Returned from a ticket</source>
        <translation>أُعيد من طلب صيانة</translation>
    </message>
    <message>
        <source>Counted again</source>
        <translation>أعيد عدّه</translation>
    </message>
    <message>
        <source>After-delivery call</source>
        <translation>متابعة بعد التسليم</translation>
    </message>
    <message>
        <source>Periodic service reminder</source>
        <translation>تذكير بالصيانة الدورية</translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation>تجديد العقد</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لم يرد</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>معاودة الاتصال لاحقًا</translation>
    </message>
    <message>
        <source>Training on use</source>
        <translation>التدريب على الاستخدام</translation>
    </message>
    <message>
        <source>Training-on-use call</source>
        <translation>اتصال التدريب على الاستخدام</translation>
    </message>
    <message>
        <source>Other call</source>
        <translation>اتصال آخر</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>لم يُتوصَّل إليه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>مُجاب عنها</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>نتيجة العمل</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>أُصلح</translation>
    </message>
    <message>
        <source>Unit replaced</source>
        <translation>استُبدل الجهاز</translation>
    </message>
    <message>
        <source>Part replaced</source>
        <translation>استُبدلت القطعة</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>للإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>قُيّدت دائنة</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رُفضت</translation>
    </message>
</context>
<context>
    <name>LabourPrompt</name>
    <message>
        <source>Add labour</source>
        <translation>إضافة أجرة العمل</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>العمل المنجز:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>المبلغ:</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Overdue: the promised day has passed</source>
        <translation>متأخر: فات موعد التسليم</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Ends within 30 days</source>
        <translation>ينتهي خلال ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
</context>
<context>
    <name>LinePrompt</name>
    <message>
        <source>Correct a line</source>
        <translation>تصحيح بند</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>سعر الوحدة:</translation>
    </message>
    <message>
        <source>&amp;Why the catalogue price changes:</source>
        <translation>سبب تغيير سعر القائمة:</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}.</source>
        <translation>
            <numerusform>لم يُكتب أي صف في {path}.</numerusform>
            <numerusform>كُتب صف واحد في {path}.</numerusform>
            <numerusform>كُتب صفان في {path}.</numerusform>
            <numerusform>كُتبت %n صفوف في {path}.</numerusform>
            <numerusform>كُتب %n صفًا في {path}.</numerusform>
            <numerusform>كُتب %n صف في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n rows…</source>
        <translation>
            <numerusform>لا توجد صفوف للكتابة…</numerusform>
            <numerusform>جارٍ كتابة صف واحد…</numerusform>
            <numerusform>جارٍ كتابة صفين…</numerusform>
            <numerusform>جارٍ كتابة %n صفوف…</numerusform>
            <numerusform>جارٍ كتابة %n صفًا…</numerusform>
            <numerusform>جارٍ كتابة %n صف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ListPrinting</name>
    <message numerus="yes">
        <source>Preparing %n rows for printing…</source>
        <translation>
            <numerusform>لا توجد صفوف للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز صف واحد للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز صفين للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n صفوف للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n صفًا للطباعة…</numerusform>
            <numerusform>جارٍ تجهيز %n صف للطباعة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>طباعة القائمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Matching “{text}”</source>
        <translation>يطابق «{text}»</translation>
    </message>
    <message>
        <source>Filter by number, name, mobile or serial…</source>
        <translation>ابحث بالرقم أو الاسم أو الجوال أو الرقم التسلسلي…</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>لا توجد نتائج مطابقة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>لا توجد نتائج لـ «{text}».</translation>
    </message>
    <message>
        <source>Select a ticket in the list to print its job card.</source>
        <translation>اختر طلب صيانة من القائمة لطباعة بطاقة الإصلاح.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Khedmat will use the new language the next time it starts.</source>
        <translation>سيستخدم برنامج خدمة اللغة الجديدة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Call to {name}</source>
        <translation>اتصال بـ {name}</translation>
    </message>
    <message>
        <source>What was said?</source>
        <translation>ماذا قيل؟</translation>
    </message>
    <message>
        <source>Select a call still to make in the follow-ups list.</source>
        <translation>اختر من قائمة المتابعات اتصالًا لم يُجرَ بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered by “{text}”</source>
        <translation>مُرشّحة بـ«{text}»</translation>
    </message>
    <message>
        <source>Khedmat — service desk</source>
        <translation>خدمة — مكتب خدمة ما بعد البيع</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>طلبات الصيانة</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Warranties</source>
        <translation>الضمانات</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>عقود الصيانة</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Search everything: ticket number, mobile, name or serial (Ctrl+F)</source>
        <translation>ابحث في كل شيء: رقم الطلب أو الجوال أو الاسم أو الرقم التسلسلي (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>طلب صيانة &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Print job card</source>
        <translation>&amp;طباعة بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>Print the job card of the ticket selected in the list.</source>
        <translation>طباعة بطاقة الإصلاح لطلب الصيانة المحدد في القائمة.</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the job card</source>
        <translation>&amp;معاينة طباعة بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>See the job card of the ticket selected in the list as it will be printed.</source>
        <translation>اعرض بطاقة إصلاح الطلب المحدد في القائمة كما ستُطبع.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Save the list shown, with its filter and order, as an Excel workbook to read or print.</source>
        <translation>يحفظ القائمة المعروضة، بتصفيتها وترتيبها، مصنفًا في Excel للقراءة أو الطباعة.</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>طباعة القائمة…</translation>
    </message>
    <message>
        <source>Print the list shown, with its filter and order, on A4 landscape pages.</source>
        <translation>يطبع القائمة المعروضة، بتصفيتها وترتيبها، على صفحات A4 أفقية.</translation>
    </message>
    <message>
        <source>Print previe&amp;w of the list…</source>
        <translation>معاينة طباعة القائمة…</translation>
    </message>
    <message>
        <source>See the list shown, with its filter and order, as it will be printed.</source>
        <translation>يعرض القائمة المعروضة، بتصفيتها وترتيبها، كما ستُطبع.</translation>
    </message>
    <message>
        <source>&amp;Import legacy workbook…</source>
        <translation>ا&amp;ستيراد مصنف قديم…</translation>
    </message>
    <message>
        <source>&amp;Parts catalogue…</source>
        <translation>&amp;قائمة قطع الغيار…</translation>
    </message>
    <message>
        <source>Pro&amp;ducts catalogue…</source>
        <translation>قائمة المنتجات…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <source>S&amp;taff and accounts…</source>
        <translation>الموظفون والحسابات…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Periodic ser&amp;vice…</source>
        <translation>الصيانة الدورية…</translation>
    </message>
    <message>
        <source>Co&amp;mplaints…</source>
        <translation>الشكاوى…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>تغيير الموعد…</translation>
    </message>
    <message>
        <source>&amp;Returns to the manufacturer…</source>
        <translation>المرتجعات إلى الشركة المصنّعة…</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>التقرير الشهري…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>These details of the other customer differ and are not taken; the merge&apos;s history entry keeps them:</source>
        <translation>هذه البيانات من العميل الآخر مختلفة ولا تؤخذ؛ يحتفظ بها قيد الدمج في السجل:</translation>
    </message>
    <message>
        <source>{count} will move here</source>
        <translation>سينتقل {count} إلى هنا</translation>
    </message>
    <message>
        <source>Differs: kept in the history, not taken</source>
        <translation>مختلف: يُحفظ في السجل ولا يؤخذ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? Their units, tickets and history move to {keep}, and {other} is removed. This cannot be undone.</source>
        <translation>هل تريد دمج {other} في {keep}؟ تنتقل أجهزته وطلبات الصيانة وسجله إلى {keep}، ويُحذف {other}. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Merge with another customer — {name}</source>
        <translation>دمج مع عميل آخر — {name}</translation>
    </message>
    <message>
        <source>Find the customer who is the same person as {name}. Everything of theirs moves to {name}; details {name} lacks are taken from them.</source>
        <translation>ابحث عن العميل الذي هو نفسه {name}. ينتقل كل ما له إلى {name}؛ وتؤخذ منه البيانات التي تنقص {name}.</translation>
    </message>
    <message>
        <source>&amp;Other customer (name, mobile or serial):</source>
        <translation>العميل الآخر (الاسم أو الجوال أو الرقم التسلسلي):</translation>
    </message>
    <message>
        <source>Type a name or a mobile…</source>
        <translation>اكتب اسماً أو رقم جوال…</translation>
    </message>
    <message>
        <source>Kept: {name}</source>
        <translation>يبقى: {name}</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>يُدمج فيه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>طلبات الصيانة</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>عقود الصيانة</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>قيود السجل</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>حفظه مستخدم آخر</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Keep my changes open</source>
        <translation>إبقاء تغييراتي مفتوحة</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>قاعدة البيانات مشغولة</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>الانتظار وإعادة المحاولة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Khedmat</source>
        <translation>خدمة</translation>
    </message>
</context>
<context>
    <name>Messages to customers</name>
    <message>
        <source>Dear {name}, thank you for choosing {company}. We will call you about job {ticket}; tell us if anything is not right.</source>
        <translation>عزيزنا {name}، شكرًا لاختيارك {company}. سنتصل بك بخصوص طلب الصيانة {ticket}؛ أخبرنا إن كان هناك ما لا يرضيك.</translation>
    </message>
    <message>
        <source>Dear {name}, the warranty of your {product} (serial {serial}) ends on {date}. Ask {company} about an extended warranty or a maintenance contract.</source>
        <translation>عزيزنا {name}، ينتهي الضمان على جهازك {product} (الرقم التسلسلي {serial}) في {date}. اسأل {company} عن تمديد الضمان أو عقد صيانة.</translation>
    </message>
    <message>
        <source>Dear {name}, your maintenance contract {contract} with {company} ends on {date}. Call us to renew it.</source>
        <translation>عزيزنا {name}، ينتهي عقد الصيانة {contract} مع {company} في {date}. اتصل بنا لتجديده.</translation>
    </message>
    <message>
        <source>Dear {name}, the periodic service of your {product} (serial {serial}) is due on {date}. Call {company} to book it.</source>
        <translation>عزيزنا {name}، موعد الصيانة الدورية لجهازك {product} (الرقم التسلسلي {serial}) في {date}. اتصل بـ {company} لحجز موعد.</translation>
    </message>
    <message>
        <source>Dear {name}, we have your request {ticket} under contract {contract}; {company} will contact you shortly. We are sorry for the wait.</source>
        <translation>عزيزنا {name}، طلبك {ticket} بموجب العقد {contract} مسجل لدينا؛ ستتواصل معك {company} قريبًا. نعتذر عن الانتظار.</translation>
    </message>
    <message>
        <source>Dear {name}, {company} has your complaint and is working on it; we will call you.</source>
        <translation>عزيزنا {name}، وصلت شكواك إلى {company} ونحن نعمل عليها؛ سنتصل بك.</translation>
    </message>
    <message>
        <source>Dear {name}, we are sorry: job {ticket} was promised for {date} and is not ready yet. {company} will call you with a new date.</source>
        <translation>عزيزنا {name}، نعتذر: وُعدتَ بطلب الصيانة {ticket} في {date} ولم يجهز بعد. ستتصل بك {company} بموعد جديد.</translation>
    </message>
    <message>
        <source>our service centre</source>
        <translation>مركز خدمتنا</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>نص الرسالة</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>الهجري الشمسي (جلالي)</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>الهجري (أم القرى)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>الميلادي</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>التقويم:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>السنة:</translation>
    </message>
</context>
<context>
    <name>MoveDueDialog</name>
    <message>
        <source>Close without moving the due date?</source>
        <translation>الإغلاق دون تغيير الموعد؟</translation>
    </message>
    <message>
        <source>Move the due date</source>
        <translation>تغيير موعد الصيانة الدورية</translation>
    </message>
    <message>
        <source>{product}, serial {serial}</source>
        <translation>{product}، الرقم التسلسلي {serial}</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>الموعد الجديد:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message>
        <source>Stock movements of {part}</source>
        <translation>حركات مخزون {part}</translation>
    </message>
    <message>
        <source>In stock: {stock}</source>
        <translation>في المخزون: {stock}</translation>
    </message>
</context>
<context>
    <name>OldJobsChoice</name>
    <message>
        <source>Jobs still open in the sheets</source>
        <translation>الطلبات التي ما زالت مفتوحة في الأوراق</translation>
    </message>
    <message>
        <source>&amp;Close as imported (their sheet status kept in their history) when received more than</source>
        <translation>إ&amp;غلاقها كمستوردة (وتبقى حالتها في الورقة في سجلها) إن استُلمت قبل أكثر من</translation>
    </message>
    <message>
        <source>months before today</source>
        <translation>أشهر من اليوم</translation>
    </message>
    <message>
        <source>&amp;Keep every job open, however old</source>
        <translation>إ&amp;بقاء كل الطلبات مفتوحة مهما قدمت</translation>
    </message>
</context>
<context>
    <name>PartPicker</name>
    <message>
        <source>Low stock: {stock} left, reorder at {level}</source>
        <translation>المخزون منخفض: بقي {stock}، وحد إعادة الطلب {level}</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>إضافة قطعة غيار</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>تصفية حسب الرمز أو الاسم…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>الكمية:</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <source>Consumable</source>
        <translation>مستهلك</translation>
    </message>
    <message>
        <source>At or below the reorder level: {count}</source>
        <translation>عند حد إعادة الطلب أو دونه: {count}</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this part will be lost.</source>
        <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك على هذه القطعة.</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>قطعة غيار جديدة</translation>
    </message>
    <message>
        <source>Edit part {code}</source>
        <translation>تعديل قطعة الغيار {code}</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>قطع الغيار</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>ابحث برمز قطعة الغيار أو اسمها…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Consumable (gas, filters…): charged even under warranty</source>
        <translation>مستهلك (غاز، فلاتر…): يُحتسب حتى ضمن الضمان</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Received…</source>
        <translation>استلام قطع…</translation>
    </message>
    <message>
        <source>Co&amp;unt again…</source>
        <translation>إعادة العدّ…</translation>
    </message>
    <message>
        <source>&amp;Movements…</source>
        <translation>حركات المخزون…</translation>
    </message>
    <message>
        <source>Only a manager may change the catalogue&apos;s parts.</source>
        <translation>تعديل قطع الغيار في الدليل للمدير وحده.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>New password for {user}</source>
        <translation>كلمة مرور جديدة لـ {user}</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Nothing to pay.</source>
        <translation>لا شيء للدفع.</translation>
    </message>
    <message>
        <source>{amount} stays owed.</source>
        <translation>يبقى {amount} مستحقًا على العميل.</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>يُدفع المبلغ كاملًا.</translation>
    </message>
    <message>
        <source>That is more than is owed.</source>
        <translation>هذا أكثر من المستحق.</translation>
    </message>
    <message>
        <source>Deliver ticket {number}</source>
        <translation>تسليم طلب الصيانة {number}</translation>
    </message>
    <message>
        <source>Hand “{unit}” back to {customer}?</source>
        <translation>هل يُسلَّم «{unit}» إلى {customer}؟</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>سلّم</translation>
    </message>
    <message>
        <source>Payment for ticket {number}</source>
        <translation>دفعة لطلب الصيانة {number}</translation>
    </message>
    <message>
        <source>What {customer} pays now for this job.</source>
        <translation>ما يدفعه {customer} الآن عن هذا العمل.</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>سجّل الدفعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cost of the job:</source>
        <translation>تكلفة العمل:</translation>
    </message>
    <message>
        <source>Covered by warranty or contract:</source>
        <translation>ما يغطيه الضمان أو العقد:</translation>
    </message>
    <message>
        <source>The customer pays:</source>
        <translation>ما يدفعه العميل:</translation>
    </message>
    <message>
        <source>Already paid:</source>
        <translation>المدفوع سابقًا:</translation>
    </message>
    <message>
        <source>Owed now:</source>
        <translation>المستحق الآن:</translation>
    </message>
    <message>
        <source>&amp;Received now:</source>
        <translation>المستلم الآن:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>طريقة الدفع:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
</context>
<context>
    <name>PeriodFilterBar</name>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>Running out within 30 days</source>
        <translation>ينتهي خلال ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>PeriodicServiceDialog</name>
    <message>
        <source>This unit already has a ticket not yet done ({numbers}). Open another one?</source>
        <translation>لهذا الجهاز طلب صيانة لم يُنجز بعد ({numbers}). هل تفتح طلبًا آخر؟</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>الصيانة الدورية</translation>
    </message>
    <message>
        <source>Periodic service due on {date}</source>
        <translation>الصيانة الدورية المستحقة في {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n جهاز</numerusform>
            <numerusform>جهاز واحد</numerusform>
            <numerusform>جهازان</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
        </translation>
    </message>
    <message>
        <source>Open periodic-service &amp;ticket</source>
        <translation>فتح طلب صيانة دورية</translation>
    </message>
    <message>
        <source>Open a periodic-service ticket on the selected unit, for its owner.</source>
        <translation>يفتح طلب صيانة دورية للجهاز المحدد باسم مالكه.</translation>
    </message>
    <message>
        <source>&amp;Move due date…</source>
        <translation>تغيير الموعد…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Filter by serial, name, mobile or contract…</source>
        <translation>التصفية بالرقم التسلسلي أو الاسم أو الجوال أو العقد…</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <source>Due now</source>
        <translation>مستحقة الآن</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due date unknown</source>
        <translation>موعد غير معروف</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>The PDF was saved to {path}.</source>
        <translation>حُفظ ملف PDF في {path}.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>تعذّر تشغيل الطابعة. تأكد من أنها مشغّلة ومتصلة.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>ProductChoice</name>
    <message>
        <source>Choose the product…</source>
        <translation>اختر المنتج…</translation>
    </message>
    <message>
        <source>New brand and model…</source>
        <translation>علامة تجارية وموديل جديدان…</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{months} (category rule)</source>
        <translation>{months} (قاعدة الفئة)</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this product will be lost.</source>
        <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك على هذا المنتج.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Edit {product}</source>
        <translation>تعديل {product}</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Filter by brand, model or category…</source>
        <translation>ابحث بالماركة أو الموديل أو الفئة…</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>الماركة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الموديل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>الضمان (بالأشهر)</translation>
    </message>
    <message>
        <source>Periodic service (months)</source>
        <translation>الصيانة الدورية (كل كم شهر)</translation>
    </message>
    <message>
        <source>Warranty claim limit</source>
        <translation>حد مطالبات الضمان</translation>
    </message>
    <message>
        <source>Not set: the category&apos;s rule</source>
        <translation>غير محدد: قاعدة الفئة</translation>
    </message>
    <message>
        <source>No limit of its own</source>
        <translation>بلا حد خاص به</translation>
    </message>
    <message>
        <source>Category &amp;rules…</source>
        <translation>قواعد الفئات…</translation>
    </message>
    <message>
        <source>No periodic service</source>
        <translation>بلا صيانة دورية</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>البحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Money back for ticket {number}</source>
        <translation>استرداد المبلغ لطلب الصيانة {number}</translation>
    </message>
    <message>
        <source>The money {customer} gets back for the unit. The job&apos;s cost and what was paid for it stay as they are.</source>
        <translation>المبلغ الذي يستردّه {customer} عن الجهاز. تبقى تكلفة العمل وما دُفع عنه كما هما.</translation>
    </message>
    <message>
        <source>&amp;Amount given back:</source>
        <translation>المبلغ المسترد:</translation>
    </message>
    <message>
        <source>Given back &amp;by:</source>
        <translation>طريقة الاسترداد:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Give money back</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RepeatedDefectNotice</name>
    <message numerus="yes">
        <source>The same fault seems to be back after %n warranty repairs:</source>
        <translation>
            <numerusform>يبدو أن العطل نفسه عاد بعد %n إصلاح ضمن الضمان:</numerusform>
            <numerusform>يبدو أن العطل نفسه عاد بعد إصلاح واحد ضمن الضمان:</numerusform>
            <numerusform>يبدو أن العطل نفسه عاد بعد إصلاحين ضمن الضمان:</numerusform>
            <numerusform>يبدو أن العطل نفسه عاد بعد %n إصلاحات ضمن الضمان:</numerusform>
            <numerusform>يبدو أن العطل نفسه عاد بعد %n إصلاحًا ضمن الضمان:</numerusform>
            <numerusform>يبدو أن العطل نفسه عاد بعد %n إصلاح ضمن الضمان:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This unit had %n warranty repairs:</source>
        <translation>
            <numerusform>خضع هذا الجهاز لـ %n إصلاح ضمن الضمان:</numerusform>
            <numerusform>خضع هذا الجهاز لإصلاح واحد ضمن الضمان:</numerusform>
            <numerusform>خضع هذا الجهاز لإصلاحين ضمن الضمان:</numerusform>
            <numerusform>خضع هذا الجهاز لـ %n إصلاحات ضمن الضمان:</numerusform>
            <numerusform>خضع هذا الجهاز لـ %n إصلاحًا ضمن الضمان:</numerusform>
            <numerusform>خضع هذا الجهاز لـ %n إصلاح ضمن الضمان:</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer may now ask for a replacement or a refund.</source>
        <translation>يحق للعميل الآن أن يطلب استبدال الجهاز أو استرداد المبلغ.</translation>
    </message>
    <message>
        <source>{number} of {date}: {fault}</source>
        <translation>{number} بتاريخ {date}: {fault}</translation>
    </message>
</context>
<context>
    <name>ReplacedNotice</name>
    <message>
        <source>This unit was replaced by unit {serial} on ticket {number}; the customer has the new one.</source>
        <translation>استُبدل هذا الجهاز بالجهاز {serial} في طلب الصيانة {number}؛ والجهاز الجديد لدى العميل.</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replace for ticket {number}</source>
        <translation>الاستبدال لطلب الصيانة {number}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعة الغيار</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Serial of the new unit:</source>
        <translation>الرقم التسلسلي للجهاز الجديد:</translation>
    </message>
    <message>
        <source>Its warranty:</source>
        <translation>ضمانه:</translation>
    </message>
    <message>
        <source>No warranty</source>
        <translation>بدون ضمان</translation>
    </message>
    <message>
        <source>Faulty unit: {product} — {serial}. It is kept, marked replaced; the new unit is registered to the customer.</source>
        <translation>الجهاز المعيب: {product} — {serial}. يُحتفظ به ويُعلَّم بأنه مستبدل؛ ويُسجَّل الجهاز الجديد باسم العميل.</translation>
    </message>
    <message>
        <source>What is left of the faulty unit&apos;s warranty: until {date}</source>
        <translation>ما تبقّى من ضمان الجهاز المعيب: حتى {date}</translation>
    </message>
    <message>
        <source>What is left of the faulty unit&apos;s warranty</source>
        <translation>ما تبقّى من ضمان الجهاز المعيب</translation>
    </message>
    <message>
        <source>Nothing to inherit: {why}.</source>
        <translation>لا يوجد ما يُنقل: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>Its own, by the product&apos;s rule: %n months, until {date}</source>
        <translation>
            <numerusform>ضمانه الخاص حسب قاعدة المنتج: %n شهر، حتى {date}</numerusform>
            <numerusform>ضمانه الخاص حسب قاعدة المنتج: شهر واحد، حتى {date}</numerusform>
            <numerusform>ضمانه الخاص حسب قاعدة المنتج: شهران، حتى {date}</numerusform>
            <numerusform>ضمانه الخاص حسب قاعدة المنتج: %n أشهر، حتى {date}</numerusform>
            <numerusform>ضمانه الخاص حسب قاعدة المنتج: %n شهرًا، حتى {date}</numerusform>
            <numerusform>ضمانه الخاص حسب قاعدة المنتج: %n شهر، حتى {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Part &amp;fitted:</source>
        <translation>القطعة المركّبة:</translation>
    </message>
    <message>
        <source>Serial of the &amp;faulty part:</source>
        <translation>الرقم التسلسلي للقطعة المعيبة:</translation>
    </message>
    <message>
        <source>Serial of the &amp;new part:</source>
        <translation>الرقم التسلسلي للقطعة الجديدة:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>A faulty part replaced under warranty goes on the list of returns to the manufacturer.</source>
        <translation>القطعة المعيبة المستبدلة ضمن الضمان تُضاف إلى قائمة المرتجعات إلى الشركة المصنّعة.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Jobs under warranty</source>
        <translation>الأعمال تحت الضمان</translation>
    </message>
    <message>
        <source>Jobs paid by a contract</source>
        <translation>الأعمال المدفوعة بعقد الصيانة</translation>
    </message>
    <message>
        <source>Jobs paid by the customer</source>
        <translation>الأعمال التي دفعها العميل</translation>
    </message>
    <message>
        <source>Cost of covered work</source>
        <translation>تكلفة الأعمال المشمولة</translation>
    </message>
    <message>
        <source>Parts and labour a warranty or contract paid for, at the prices on the jobs&apos; lines.</source>
        <translation>القطع والأجور التي دفعها الضمان أو العقد، بأسعار بنود الأعمال.</translation>
    </message>
    <message>
        <source>Charged to customers</source>
        <translation>المطلوب من العملاء</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>المدفوعات المستلمة</translation>
    </message>
    <message>
        <source>Money given back</source>
        <translation>المبالغ المردودة</translation>
    </message>
    <message>
        <source>Payments of these jobs with no date</source>
        <translation>مدفوعات هذه الأعمال بلا تاريخ</translation>
    </message>
    <message>
        <source>Amounts from legacy sheets whose day is not known: they belong to no month and are not in the payments above.</source>
        <translation>مبالغ من الجداول القديمة يومها غير معروف: لا تنتمي إلى أي شهر وليست ضمن المدفوعات أعلاه.</translation>
    </message>
    <message>
        <source>Who paid for the jobs handed back</source>
        <translation>من دفع تكلفة الأعمال المسلّمة</translation>
    </message>
    <message>
        <source>Coverage mix</source>
        <translation>مزيج التغطية</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>مكالمات المتابعة المستحقة</translation>
    </message>
    <message>
        <source>Follow-up calls done</source>
        <translation>مكالمات المتابعة المنجزة</translation>
    </message>
    <message>
        <source>Calls finished in the month, the customer reached or not.</source>
        <translation>المكالمات التي انتهت في الشهر، سواء تم الوصول إلى العميل أم لا.</translation>
    </message>
    <message>
        <source>Customers reached</source>
        <translation>العملاء الذين تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT), average of 1–5</source>
        <translation>الرضا (CSAT)، متوسط من ١ إلى ٥</translation>
    </message>
    <message>
        <source>Satisfied (4 or 5)</source>
        <translation>راضون (٤ أو ٥)</translation>
    </message>
    <message>
        <source>Net promoter score (NPS)</source>
        <translation>صافي نقاط الترويج (NPS)</translation>
    </message>
    <message>
        <source>The percentage who gave 9 or 10 minus the percentage who gave 0 to 6, of those asked.</source>
        <translation>نسبة من أعطوا ٩ أو ١٠ مطروحًا منها نسبة من أعطوا من ٠ إلى ٦، ممن سُئلوا.</translation>
    </message>
    <message>
        <source>Satisfaction scores given</source>
        <translation>درجات الرضا المعطاة</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>المروّجون والمحايدون والمنتقدون</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>المروّجون (٩–١٠)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>المحايدون (٧–٨)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>المنتقدون (٠–٦)</translation>
    </message>
    <message>
        <source>Follow-ups and satisfaction</source>
        <translation>المتابعات والرضا</translation>
    </message>
    <message>
        <source>Jobs received</source>
        <translation>الأعمال المستلمة</translation>
    </message>
    <message>
        <source>No technician</source>
        <translation>دون فني</translation>
    </message>
    <message>
        <source>Technicians this month</source>
        <translation>الفنيون هذا الشهر</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>Jobs handed back</source>
        <translation>الأعمال المسلّمة</translation>
    </message>
    <message>
        <source>Median workshop hours to ready</source>
        <translation>وسيط ساعات عمل الورشة حتى الجاهزية</translation>
    </message>
    <message>
        <source>Reopened for rework</source>
        <translation>أُعيد فتحه لإعادة العمل</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>الفنيون</translation>
    </message>
    <message>
        <source>By the technician each job is assigned to; workshop hours leave out the weekend, holidays and the time a job waited on the customer or on parts.</source>
        <translation>حسب الفني المسند إليه كل طلب صيانة؛ ساعات عمل الورشة لا تحسب عطلة نهاية الأسبوع والعطلات والوقت الذي انتظر فيه الطلب العميل أو قطع الغيار.</translation>
    </message>
    <message>
        <source>Status not known (no history)</source>
        <translation>الحالة غير معروفة (لا سجل)</translation>
    </message>
    <message>
        <source>Each job once, in the month it was handed back; closing it later does not count it again.</source>
        <translation>كل عمل مرة واحدة، في الشهر الذي سُلّم فيه؛ إغلاقه لاحقًا لا يعدّه مرة أخرى.</translation>
    </message>
    <message>
        <source>Jobs cancelled</source>
        <translation>الأعمال الملغاة</translation>
    </message>
    <message>
        <source>Backlog at the month&apos;s end</source>
        <translation>الأعمال المتراكمة في نهاية الشهر</translation>
    </message>
    <message>
        <source>Jobs received by the month&apos;s end and neither handed back nor cancelled by then.</source>
        <translation>الأعمال المستلمة حتى نهاية الشهر التي لم تُسلَّم ولم تُلغَ حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Jobs received by kind</source>
        <translation>الأعمال المستلمة حسب النوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>قبل سنة</translation>
    </message>
    <message>
        <source>Jobs received each day</source>
        <translation>الأعمال المستلمة كل يوم</translation>
    </message>
    <message>
        <source>Backlog at the month&apos;s end by status</source>
        <translation>الطلبات المفتوحة في نهاية الشهر حسب الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Unit not recorded</source>
        <translation>الجهاز غير مسجَّل</translation>
    </message>
    <message>
        <source>All other models</source>
        <translation>جميع الطرازات الأخرى</translation>
    </message>
    <message>
        <source>All other parts</source>
        <translation>جميع القطع الأخرى</translation>
    </message>
    <message>
        <source>Labour and lines naming no part</source>
        <translation>الأجور والبنود التي لا تذكر قطعة</translation>
    </message>
    <message>
        <source>Warranty jobs handed back</source>
        <translation>طلبات الضمان المسلَّمة</translation>
    </message>
    <message>
        <source>Warranty cost</source>
        <translation>تكلفة الضمان</translation>
    </message>
    <message>
        <source>The lines a warranty covered on the jobs handed back in the month whose coverage at intake was a warranty, at the prices on the lines.</source>
        <translation>البنود التي غطّاها الضمان في الطلبات المسلَّمة خلال الشهر والتي كانت تغطيتها عند الاستلام ضمانًا، بالأسعار المدوّنة على البنود.</translation>
    </message>
    <message>
        <source>Parts fitted</source>
        <translation>القطع المركَّبة</translation>
    </message>
    <message>
        <source>Catalogue parts on the jobs handed back in the month.</source>
        <translation>قطع الكتالوج في الطلبات المسلَّمة خلال الشهر.</translation>
    </message>
    <message>
        <source>Parts fitted, covered</source>
        <translation>القطع المركَّبة، المغطّاة</translation>
    </message>
    <message>
        <source>Parts fitted, charged</source>
        <translation>القطع المركَّبة، على حساب العميل</translation>
    </message>
    <message>
        <source>Estimates approved</source>
        <translation>التقديرات الموافق عليها</translation>
    </message>
    <message>
        <source>Estimates declined</source>
        <translation>التقديرات المرفوضة</translation>
    </message>
    <message>
        <source>Estimates approved, share</source>
        <translation>نسبة التقديرات الموافق عليها</translation>
    </message>
    <message>
        <source>Of the estimates the customers answered in the month, by their last answer.</source>
        <translation>من التقديرات التي ردّ عليها العملاء خلال الشهر، بحسب آخر رد.</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>المبلغ الموافق عليه</translation>
    </message>
    <message>
        <source>Amount declined</source>
        <translation>المبلغ المرفوض</translation>
    </message>
    <message>
        <source>Answers on jobs with no estimate written</source>
        <translation>ردود على طلبات بلا تقدير مكتوب</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>طلبات الصيانة</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>القطعة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مغطّى</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>على حساب العميل</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Warranty cost by product model</source>
        <translation>تكلفة الضمان حسب الطراز</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Warranty cost by part</source>
        <translation>تكلفة الضمان حسب القطعة</translation>
    </message>
    <message>
        <source>Parts used most</source>
        <translation>القطع الأكثر استخدامًا</translation>
    </message>
    <message>
        <source>Parts worth most</source>
        <translation>القطع الأعلى قيمة</translation>
    </message>
    <message>
        <source>Warranty cost, parts and estimates</source>
        <translation>تكلفة الضمان والقطع والتقديرات</translation>
    </message>
    <message>
        <source>Warranty cost counts the jobs whose coverage at intake was a warranty; the rows of each table add up to its total.</source>
        <translation>تحسب تكلفة الضمان الطلبات التي كانت تغطيتها عند الاستلام ضمانًا؛ ومجموع صفوف كل جدول يساوي إجماليه.</translation>
    </message>
    <message>
        <source>Status mix at the month&apos;s end</source>
        <translation>توزيع الحالات في نهاية الشهر</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>حجم العمل</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>From the first to the last day</source>
        <translation>من اليوم الأول إلى اليوم الأخير</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>أُعدّ في</translation>
    </message>
    <message>
        <source>Nothing this month.</source>
        <translation>لا شيء في هذا الشهر.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more, listed in the report&apos;s Excel workbook.</source>
        <translation>
            <numerusform>و%n أخرى مذكورة في مصنف Excel للتقرير.</numerusform>
            <numerusform>وواحد آخر مذكور في مصنف Excel للتقرير.</numerusform>
            <numerusform>واثنان آخران مذكوران في مصنف Excel للتقرير.</numerusform>
            <numerusform>و%n أخرى مذكورة في مصنف Excel للتقرير.</numerusform>
            <numerusform>و%n أخرى مذكورة في مصنف Excel للتقرير.</numerusform>
            <numerusform>و%n أخرى مذكورة في مصنف Excel للتقرير.</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ساعة</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} يوم</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>الهجري الشمسي (جلالي)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>الميلادي</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>الهجري (أم القرى)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>عن هذا التقرير</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Standard warranties ending</source>
        <translation>الضمانات العادية المنتهية</translation>
    </message>
    <message>
        <source>Extended warranties ending</source>
        <translation>الضمانات الممدَّدة المنتهية</translation>
    </message>
    <message>
        <source>Repair warranties ending</source>
        <translation>ضمانات الإصلاح المنتهية</translation>
    </message>
    <message>
        <source>Contracts ending</source>
        <translation>عقود الصيانة المنتهية</translation>
    </message>
    <message>
        <source>Contracts ending, renewal not yet saved</source>
        <translation>العقود المنتهية دون تجديد محفوظ</translation>
    </message>
    <message>
        <source>Contracts ending next month</source>
        <translation>عقود الصيانة التي تنتهي الشهر القادم</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Renewal saved</source>
        <translation>التجديد محفوظ</translation>
    </message>
    <message>
        <source>Ending next month</source>
        <translation>ما ينتهي الشهر القادم</translation>
    </message>
    <message>
        <source>Each column counts what ends in the month after the month it stands for. Voided warranties, drafts and contracts cancelled before their end are left out.</source>
        <translation>يحسب كل عمود ما ينتهي في الشهر التالي للشهر الذي يمثّله. ولا تُحسب الضمانات الملغاة ولا المسودات ولا العقود الملغاة قبل نهايتها.</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>ما الذي يُحسب</translation>
    </message>
    <message>
        <source>Calendar hours to first response, median</source>
        <translation>الساعات الفعلية حتى أول استجابة، الوسيط</translation>
    </message>
    <message>
        <source>Calendar hours to first response, 90th percentile</source>
        <translation>الساعات الفعلية حتى أول استجابة، المئين التسعون</translation>
    </message>
    <message>
        <source>Calendar hours to diagnosis, median</source>
        <translation>الساعات الفعلية حتى التشخيص، الوسيط</translation>
    </message>
    <message>
        <source>Calendar hours to diagnosis, 90th percentile</source>
        <translation>الساعات الفعلية حتى التشخيص، المئين التسعون</translation>
    </message>
    <message>
        <source>Calendar hours to ready, median</source>
        <translation>الساعات الفعلية حتى الجاهزية، الوسيط</translation>
    </message>
    <message>
        <source>Calendar hours to ready, 90th percentile</source>
        <translation>الساعات الفعلية حتى الجاهزية، المئين التسعون</translation>
    </message>
    <message>
        <source>Calendar hours to delivery, median</source>
        <translation>الساعات الفعلية حتى التسليم، الوسيط</translation>
    </message>
    <message>
        <source>Calendar hours to delivery, 90th percentile</source>
        <translation>الساعات الفعلية حتى التسليم، المئين التسعون</translation>
    </message>
    <message>
        <source>Workshop hours to first response, median</source>
        <translation>ساعات عمل الورشة حتى أول استجابة، الوسيط</translation>
    </message>
    <message>
        <source>Workshop hours to first response, 90th percentile</source>
        <translation>ساعات عمل الورشة حتى أول استجابة، المئين التسعون</translation>
    </message>
    <message>
        <source>Workshop hours to diagnosis, median</source>
        <translation>ساعات عمل الورشة حتى التشخيص، الوسيط</translation>
    </message>
    <message>
        <source>Workshop hours to diagnosis, 90th percentile</source>
        <translation>ساعات عمل الورشة حتى التشخيص، المئين التسعون</translation>
    </message>
    <message>
        <source>Workshop hours to ready, median</source>
        <translation>ساعات عمل الورشة حتى الجاهزية، الوسيط</translation>
    </message>
    <message>
        <source>Workshop hours to ready, 90th percentile</source>
        <translation>ساعات عمل الورشة حتى الجاهزية، المئين التسعون</translation>
    </message>
    <message>
        <source>Workshop hours to delivery, median</source>
        <translation>ساعات عمل الورشة حتى التسليم، الوسيط</translation>
    </message>
    <message>
        <source>Workshop hours to delivery, 90th percentile</source>
        <translation>ساعات عمل الورشة حتى التسليم، المئين التسعون</translation>
    </message>
    <message>
        <source>Up to 1 day</source>
        <translation>حتى يوم واحد</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>من ١ إلى ٣ أيام</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>من ٣ إلى ٧ أيام</translation>
    </message>
    <message>
        <source>7 to 14 days</source>
        <translation>من ٧ إلى ١٤ يومًا</translation>
    </message>
    <message>
        <source>More than 14 days</source>
        <translation>أكثر من ١٤ يومًا</translation>
    </message>
    <message>
        <source>Handed back by the promised date</source>
        <translation>المسلَّم بحلول الموعد الموعود</translation>
    </message>
    <message>
        <source>Of the jobs with a promised date, the share handed back on or before that day.</source>
        <translation>من طلبات الصيانة ذات الموعد الموعود، نسبة ما سُلِّم في ذلك اليوم أو قبله.</translation>
    </message>
    <message>
        <source>Jobs handed back with no promised date</source>
        <translation>طلبات الصيانة المسلَّمة دون موعد موعود</translation>
    </message>
    <message>
        <source>Contract jobs responded to in time</source>
        <translation>طلبات عقود الصيانة المستجاب لها في الوقت</translation>
    </message>
    <message>
        <source>Contract jobs received in the month, moved on from Received within the contract&apos;s response hours.</source>
        <translation>طلبات عقود الصيانة المستلمة في الشهر والتي تجاوزت حالة «مستلم» خلال ساعات الاستجابة في العقد.</translation>
    </message>
    <message>
        <source>Contract jobs responded to late</source>
        <translation>طلبات عقود الصيانة المستجاب لها متأخرًا</translation>
    </message>
    <message>
        <source>Contract jobs still waiting, past their response time</source>
        <translation>طلبات عقود الصيانة التي ما زالت تنتظر بعد انقضاء مهلة الاستجابة</translation>
    </message>
    <message>
        <source>Contract response time met</source>
        <translation>الالتزام بمهلة الاستجابة في عقود الصيانة</translation>
    </message>
    <message>
        <source>Days from receipt to delivery</source>
        <translation>الأيام من الاستلام حتى التسليم</translation>
    </message>
    <message>
        <source>Median: half the jobs took less, half more. 90th percentile: nine jobs in ten took no longer. Workshop hours count the working hours of working days only, without holidays and the time a job waited on the customer&apos;s approval or on parts.</source>
        <translation>الوسيط: نصف طلبات الصيانة استغرق أقل ونصفها أكثر. المئين التسعون: تسعة طلبات من كل عشرة لم تستغرق أطول من ذلك. ساعات عمل الورشة تحسب ساعات العمل في أيام العمل فقط، دون العطلات ودون الوقت الذي انتظر فيه الطلب موافقة العميل أو قطع الغيار.</translation>
    </message>
    <message>
        <source>Workshop hours are not known: the workshop&apos;s hours or holidays in the settings cannot be read.</source>
        <translation>ساعات عمل الورشة غير معروفة: تعذّرت قراءة مواعيد عمل الورشة أو عطلاتها في الإعدادات.</translation>
    </message>
    <message>
        <source>Turnaround and response</source>
        <translation>مدة الإنجاز والاستجابة</translation>
    </message>
    <message>
        <source>Customers retained</source>
        <translation>العملاء المحتفَظ بهم</translation>
    </message>
    <message>
        <source>Customers who brought a job in the twelve months ending with the month and in the twelve months before those.</source>
        <translation>العملاء الذين أحضروا طلبًا في الأشهر الاثني عشر المنتهية بهذا الشهر وفي الأشهر الاثني عشر التي قبلها.</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>العملاء المفقودون</translation>
    </message>
    <message>
        <source>Customers who brought a job in the twelve months before the last twelve, and none since.</source>
        <translation>العملاء الذين أحضروا طلبًا في الأشهر الاثني عشر السابقة للأشهر الاثني عشر الأخيرة، ولا شيء منذ ذلك.</translation>
    </message>
    <message>
        <source>Customers retained, share</source>
        <translation>نسبة العملاء المحتفَظ بهم</translation>
    </message>
    <message>
        <source>Lifetime value of the top customers</source>
        <translation>القيمة الدائمة لأفضل العملاء</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>المردود</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>القيمة الدائمة</translation>
    </message>
    <message>
        <source>Customers retained and lost</source>
        <translation>العملاء المحتفَظ بهم والمفقودون</translation>
    </message>
    <message>
        <source>Lifetime value is what a customer paid for all their jobs up to the month&apos;s end, less what was given back. Payments from legacy sheets whose day is not known count too, as of the day their job was received.</source>
        <translation>القيمة الدائمة هي ما دفعه العميل عن جميع طلباته حتى نهاية الشهر، مطروحًا منه ما رُدَّ إليه. وتُحسب أيضًا مدفوعات الجداول القديمة التي لا يُعرف يومها، بتاريخ استلام طلبها.</translation>
    </message>
    <message>
        <source>Category not recorded</source>
        <translation>الفئة غير مسجَّلة</translation>
    </message>
    <message>
        <source>Jobs received with no fault written</source>
        <translation>طلبات مستلمة بلا عطل مكتوب</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>الشكاوى المسجَّلة</translation>
    </message>
    <message>
        <source>Complaints closed</source>
        <translation>الشكاوى المغلقة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Faults reported most</source>
        <translation>الأعطال الأكثر ورودًا</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Jobs received by product category</source>
        <translation>الطلبات المستلمة حسب فئة المنتج</translation>
    </message>
    <message>
        <source>Complaints filed by category</source>
        <translation>الشكاوى المسجَّلة حسب الفئة</translation>
    </message>
    <message>
        <source>Complaints closed and their root causes</source>
        <translation>الشكاوى المغلقة وأسبابها الجذرية</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <source>Faults and complaints</source>
        <translation>الأعطال والشكاوى</translation>
    </message>
    <message>
        <source>Faults are the clerks&apos; own words: two are counted together only when they are the same words once folded (the same letters whichever keyboard typed them, case and spacing ignored), so one fault described in other words is listed apart.</source>
        <translation>الأعطال هي كلمات موظفي الاستقبال أنفسهم: يُعدّ عطلان معًا فقط إذا كانا الكلمات نفسها بعد التوحيد (الحروف نفسها أيًّا كانت لوحة المفاتيح، مع تجاهل حالة الأحرف والمسافات)، لذا يُدرج العطل الموصوف بكلمات أخرى منفصلًا.</translation>
    </message>
    <message>
        <source>Repair jobs handed back</source>
        <translation>طلبات الإصلاح المسلَّمة</translation>
    </message>
    <message>
        <source>Fixed the first time</source>
        <translation>أُصلحت من المرة الأولى</translation>
    </message>
    <message>
        <source>Of the repair jobs handed back, those never reopened and whose unit did not come back with a new repair within 30 days.</source>
        <translation>من طلبات الإصلاح المسلَّمة، تلك التي لم يُعَد فتحها قط ولم يعد جهازها بطلب إصلاح جديد خلال ۳۰ يومًا.</translation>
    </message>
    <message>
        <source>Units back within 30 days</source>
        <translation>الأجهزة العائدة خلال ۳۰ يومًا</translation>
    </message>
    <message>
        <source>Units back within 30 days, share</source>
        <translation>نسبة الأجهزة العائدة خلال ۳۰ يومًا</translation>
    </message>
    <message>
        <source>Units back within 90 days</source>
        <translation>الأجهزة العائدة خلال ۹۰ يومًا</translation>
    </message>
    <message>
        <source>Repair jobs handed back whose unit came back with a new repair job within 90 days of the delivery.</source>
        <translation>طلبات الإصلاح المسلَّمة التي عاد جهازها بطلب إصلاح جديد خلال ۹۰ يومًا من التسليم.</translation>
    </message>
    <message>
        <source>Jobs reopened for rework</source>
        <translation>الطلبات المعاد فتحها لإعادة العمل</translation>
    </message>
    <message>
        <source>First-time fix and repeat repairs</source>
        <translation>الإصلاح من أول مرة والمتكرر</translation>
    </message>
    <message>
        <source>A unit that comes back counts in the month its earlier job was handed back, so the figures of the last three months can still grow. A job recorded without its unit cannot be seen coming back.</source>
        <translation>يُحسب الجهاز العائد في الشهر الذي سُلِّم فيه طلبه السابق، لذا قد تزداد أرقام الأشهر الثلاثة الأخيرة. ولا يمكن رؤية عودة طلب سُجِّل دون جهازه.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Choose the month and press Build to see the report.</source>
        <translation>اختر الشهر واضغط «إنشاء» لترى التقرير.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reading the month&apos;s figures…</source>
        <translation>جارٍ قراءة أرقام الشهر…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Section {done} of {total}</source>
        <translation>القسم {done} من {total}</translation>
    </message>
    <message>
        <source>The report was stopped; nothing was written.</source>
        <translation>أُوقف التقرير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>حفظ بصيغة Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook was saved to {path}.</source>
        <translation>حُفظ المصنف في {path}.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>حفظ بصيغة Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the call</source>
        <translation>تغيير موعد الاتصال</translation>
    </message>
    <message>
        <source>Call on</source>
        <translation>الاتصال في</translation>
    </message>
</context>
<context>
    <name>ResolutionPanel</name>
    <message>
        <source>{faulty} replaced by {new}</source>
        <translation>استُبدل {faulty} بـ {new}</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>نتيجة العمل</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Money &amp;back…</source>
        <translation>استرداد المبلغ…</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>لم تُسجَّل نتيجة بعد.</translation>
    </message>
    <message>
        <source>Unit {faulty} replaced by {new}</source>
        <translation>استُبدل الجهاز {faulty} بالجهاز {new}</translation>
    </message>
    <message>
        <source>Part “{part}”: {faulty} replaced by {new}</source>
        <translation>القطعة «{part}»: استُبدلت {faulty} بـ {new}</translation>
    </message>
    <message>
        <source>claim: {status}</source>
        <translation>المطالبة: {status}</translation>
    </message>
    <message>
        <source>Money back: {amount} ({method}) on {date}: {reason}</source>
        <translation>استرداد: {amount} ({method}) في {date}: {reason}</translation>
    </message>
    <message>
        <source>Money back in all: {amount}</source>
        <translation>مجموع المسترد: {amount}</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Part code</source>
        <translation>رمز القطعة</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>القطعة</translation>
    </message>
    <message>
        <source>Faulty serial</source>
        <translation>الرقم التسلسلي المعيب</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>طلب الصيانة</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>حالة المطالبة</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>تاريخ الإدراج</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>أدرجها</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>الحالة منذ</translation>
    </message>
    <message>
        <source>Status set by</source>
        <translation>عيّن الحالة</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Returns to the manufacturer</source>
        <translation>المرتجعات إلى الشركة المصنّعة</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>كل المطالبات</translation>
    </message>
    <message>
        <source>No faulty part is listed: parts replaced under warranty come here.</source>
        <translation>لا توجد قطعة معيبة في القائمة: تظهر هنا القطع المستبدلة ضمن الضمان.</translation>
    </message>
    <message>
        <source>Mark “{status}”</source>
        <translation>تعليم «{status}»</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ScheduleCallDialog</name>
    <message>
        <source>Schedule a call</source>
        <translation>جدولة اتصال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>What to ask or show</source>
        <translation>ما يُسأل عنه أو يُعرض</translation>
    </message>
    <message>
        <source>Choose the kind of call…</source>
        <translation>اختر نوع الاتصال…</translation>
    </message>
    <message>
        <source>Close without scheduling the call?</source>
        <translation>هل تُغلق النافذة دون جدولة الاتصال؟</translation>
    </message>
</context>
<context>
    <name>SellWarrantyDialog</name>
    <message>
        <source>Close without selling the warranty?</source>
        <translation>إغلاق دون بيع الضمان؟</translation>
    </message>
    <message>
        <source>Sell an extended warranty</source>
        <translation>بيع ضمان ممدد</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>عدد الأشهر:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>السعر:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>الشروط:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No workshop copy</source>
        <translation>بدون نسخة للورشة</translation>
    </message>
    <message>
        <source>On the same page, below a cut line</source>
        <translation>في الصفحة نفسها، أسفل خط القص</translation>
    </message>
    <message>
        <source>On the next page</source>
        <translation>في الصفحة التالية</translation>
    </message>
    <message>
        <source>The region&apos;s legal calendar (Jalali months in Iran, Gregorian in Saudi Arabia)</source>
        <translation>التقويم النظامي للمنطقة (الأشهر الشمسية في إيران، والميلادية في السعودية)</translation>
    </message>
    <message>
        <source>Persian ({sample})</source>
        <translation>فارسية ({sample})</translation>
    </message>
    <message>
        <source>Arabic ({sample})</source>
        <translation>عربية مشرقية ({sample})</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>محلية</translation>
    </message>
    <message>
        <source>Latin ({sample})</source>
        <translation>لاتينية ({sample})</translation>
    </message>
    <message>
        <source>Iran (rial)</source>
        <translation>إيران (الريال الإيراني)</translation>
    </message>
    <message>
        <source>Saudi Arabia (riyal)</source>
        <translation>السعودية (الريال السعودي)</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ريال</translation>
    </message>
    <message>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>Saudi riyal (SAR)</source>
        <translation>ريال سعودي (ر.س)</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>The week starts on {day}; the weekend is {days}.</source>
        <translation>يبدأ الأسبوع يوم {day}، وعطلة نهاية الأسبوع {days}.</translation>
    </message>
    <message>
        <source>{date} — {amount}</source>
        <translation>{date} — {amount}</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>تعذّر عرض هذا الملف</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>اختر شعار الشركة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved: {reason}</source>
        <translation>تعذّر حفظ إعدادات هذا الحاسوب: {reason}</translation>
    </message>
    <message>
        <source>Choose the folder for backups</source>
        <translation>اختيار مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Khedmat will use the new language, calendar, digits and currency the next time it starts.</source>
        <translation>سيستخدم برنامج خدمة اللغة والتقويم والأرقام والعملة الجديدة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات المطبوعة</translation>
    </message>
    <message>
        <source>These choices are kept on this computer only. They take effect the next time Khedmat starts.</source>
        <translation>تُحفظ هذه الخيارات على هذا الحاسوب فقط، وتسري عند تشغيل برنامج خدمة في المرة القادمة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Region and currency</source>
        <translation>المنطقة والعملة</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>وحدة عرض المبالغ</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Shared by every computer of the service desk and printed on job cards and reports.</source>
        <translation>مشتركة بين جميع حواسيب مركز الخدمة، وتُطبع على بطاقات الإصلاح والتقارير.</translation>
    </message>
    <message>
        <source>Only a manager can change the company details.</source>
        <translation>لا يغيّر بيانات الشركة إلا المدير.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Terms on the job card</source>
        <translation>الشروط على بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>For example: units not collected within 90 days of the repair are kept at the owner&apos;s risk.</source>
        <translation>مثال: الأجهزة التي لا تُستلم خلال ٩٠ يومًا من إصلاحها تبقى على مسؤولية مالكها.</translation>
    </message>
    <message>
        <source>How job cards and delivery receipts are printed, on every computer of the service desk.</source>
        <translation>طريقة طباعة بطاقات الإصلاح وإيصالات التسليم على جميع أجهزة مركز الخدمة.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <source>Workshop copy of the job card</source>
        <translation>نسخة الورشة من بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>Warranty on the repair</source>
        <translation>ضمان الإصلاح نفسه</translation>
    </message>
    <message>
        <source>Warranty and contract periods counted in</source>
        <translation>تُحسب مدد الضمان والعقود بـ</translation>
    </message>
    <message>
        <source>Reasons a warranty is voided</source>
        <translation>أسباب إلغاء الضمان</translation>
    </message>
    <message>
        <source>One a line; empty: tampering, physical damage, a repair elsewhere, a periodic service missed</source>
        <translation>سبب في كل سطر؛ فارغ: العبث، الضرر المادي، الإصلاح في مكان آخر، فوات الصيانة الدورية</translation>
    </message>
    <message>
        <source>Follow-ups and complaints</source>
        <translation>المتابعة والشكاوى</translation>
    </message>
    <message>
        <source>Workshop hours</source>
        <translation>مواعيد عمل الورشة</translation>
    </message>
    <message>
        <source>How customers are called after their job, and how complaints are filed, on every computer of the service desk.</source>
        <translation>كيف يُتصل بالعملاء بعد إنجاز أعمالهم، وكيف تُسجَّل الشكاوى، على كل أجهزة مركز الصيانة.</translation>
    </message>
    <message>
        <source>Satisfaction call after delivery</source>
        <translation>اتصال الرضا بعد التسليم</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>طلبات الصيانة التي يُتصل بأصحابها</translation>
    </message>
    <message>
        <source>Tries before a call closes as not reached</source>
        <translation>عدد المحاولات قبل إغلاق المتابعة بأنه لم يُتوصَّل إليه</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>فئات الشكاوى</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> يومًا بعده</translation>
    </message>
    <message>
        <source> % of delivered tickets</source>
        <translation> ٪ من طلبات الصيانة المسلَّمة</translation>
    </message>
    <message>
        <source>One a line; empty: quality of the repair, waiting time, staff behaviour, price or invoice, warranty refused, damage or loss, other</source>
        <translation>واحدة في كل سطر؛ فارغ: جودة الإصلاح، مدة الانتظار، تعامل الموظفين، السعر أو الفاتورة، رفض الضمان، التلف أو الفقدان، أخرى</translation>
    </message>
    <message>
        <source>For every new warranty, extension, contract and periodic service, whatever calendar a computer shows dates in. Ends already saved do not change.</source>
        <translation>لكل ضمان وتمديد وعقد وصيانة دورية جديدة، أيًّا كان التقويم الذي يعرض به الحاسوب التواريخ. النهايات المحفوظة لا تتغير.</translation>
    </message>
    <message>
        <source>A second copy without the terms, with room for the technician&apos;s notes. On A5 paper, or when the terms are long, it goes on the next page.</source>
        <translation>نسخة ثانية بدون الشروط، فيها مساحة لملاحظات الفني. على ورق A5، أو عندما تطول الشروط، تُطبع في الصفحة التالية.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Remind of periodic services</source>
        <translation>التذكير بالصيانة الدورية</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> يومًا قبل الموعد</translation>
    </message>
    <message>
        <source>No warranty</source>
        <translation>بدون ضمان</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>بجانب قاعدة البيانات</translation>
    </message>
    <message>
        <source>Taken at the first start of each day and before every import, merge, upgrade and restore; those of the last 14 days and the last of each of 12 months are kept. A folder on another disk keeps them when this one fails.</source>
        <translation>تؤخذ عند أول تشغيل في كل يوم وقبل كل استيراد ودمج وترقية واستعادة؛ وتُحفظ نسخ آخر ١٤ يومًا وآخر نسخة من كل شهر من ١٢ شهرًا. ومجلد على قرص آخر يحفظها إذا تعطّل هذا القرص.</translation>
    </message>
    <message>
        <source>The database is on a server: its own tools back it up, not Khedmat.</source>
        <translation>قاعدة البيانات على خادم: تأخذ أدواته نسختها الاحتياطية، لا خدمة.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in to Khedmat</source>
        <translation>تسجيل الدخول إلى خدمة</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>يسجّل الدخول</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>بلا تسجيل دخول</translation>
    </message>
    <message>
        <source>Disable {user}? They will no longer sign in; their name stays on the records they made.</source>
        <translation>تعطيل {user}؟ لن يتمكن من الدخول بعد الآن، ويبقى اسمه على السجلات التي أنشأها.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>عطّل</translation>
    </message>
    <message>
        <source>Close without adding the account you began?</source>
        <translation>إغلاق دون إضافة الحساب الذي بدأته؟</translation>
    </message>
    <message>
        <source>Staff and accounts</source>
        <translation>الموظفون والحسابات</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Empty: on the staff without signing in (a technician)</source>
        <translation>فارغ: ضمن الموظفين بلا تسجيل دخول (فني مثلًا)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>There is no database at {where}.

Make a new, empty database there? If you meant an existing one, choose No and check the path.</source>
        <translation>لا توجد قاعدة بيانات في {where}.

هل تُنشأ هناك قاعدة بيانات جديدة فارغة؟ إن كنتم تقصدون قاعدة بيانات موجودة فاختاروا «لا» وتحقّقوا من المسار.</translation>
    </message>
    <message>
        <source>Make a new database</source>
        <translation>إنشاء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Khedmat</source>
        <translation>خدمة</translation>
    </message>
</context>
<context>
    <name>StockPrompt</name>
    <message>
        <source>Close without saving the stock?</source>
        <translation>إغلاق دون حفظ المخزون؟</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>إعادة العدّ</translation>
    </message>
    <message>
        <source>{part}: the stock says {stock}. How many are on the shelf?</source>
        <translation>{part}: المخزون يقول {stock}. كم قطعة على الرف؟</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>العدد:</translation>
    </message>
    <message>
        <source>&amp;Why it differs:</source>
        <translation>سبب الاختلاف:</translation>
    </message>
    <message>
        <source>Parts received</source>
        <translation>استلام قطع</translation>
    </message>
    <message>
        <source>{part}: {stock} in stock. How many came in?</source>
        <translation>{part}: في المخزون {stock}. كم قطعة وصلت؟</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>المستلم:</translation>
    </message>
    <message>
        <source>&amp;From (supplier, invoice):</source>
        <translation>من (المورد، الفاتورة):</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>أول يوم:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>آخر يوم:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>السعر:</translation>
    </message>
    <message>
        <source>Visits included:</source>
        <translation>الزيارات المشمولة:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>قطع الغيار:</translation>
    </message>
    <message>
        <source>Response within (hours):</source>
        <translation>الاستجابة خلال (ساعات):</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>الشروط:</translation>
    </message>
    <message>
        <source>Covered units:</source>
        <translation>الأجهزة المشمولة:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Included in the price</source>
        <translation>مشمولة في السعر</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>على حساب العميل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>بلا التزام</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>الجهاز:</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>موعد التسليم:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>التغطية:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>الفني:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>العطل:</translation>
    </message>
    <message>
        <source>Kind of job:</source>
        <translation>نوع العمل:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>إعادة إصلاح</translation>
    </message>
    <message>
        <source>Reopened after delivery: counts as a repeat repair.</source>
        <translation>أعيد فتحه بعد التسليم، ويُحتسب إصلاحًا متكررًا.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>This ticket is finished; it cannot move any more.</source>
        <translation>طلب الصيانة هذا منتهٍ؛ لا يمكن تغيير حالته بعد الآن.</translation>
    </message>
    <message>
        <source>Estimate and approval</source>
        <translation>التكلفة التقديرية وموافقة العميل</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>التكلفة التقديرية:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>صاحب الرد:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>الوسيلة:</translation>
    </message>
    <message>
        <source>Who gave the answer</source>
        <translation>من أعطى الرد</translation>
    </message>
    <message>
        <source>Customer &amp;approved</source>
        <translation>وافق العميل</translation>
    </message>
    <message>
        <source>Customer &amp;declined</source>
        <translation>رفض العميل</translation>
    </message>
    <message>
        <source>Parts and labour</source>
        <translation>قطع الغيار وأجرة العمل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Add &amp;part…</source>
        <translation>إضافة قطعة غيار…</translation>
    </message>
    <message>
        <source>Add &amp;labour…</source>
        <translation>إضافة أجرة العمل…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Correct li&amp;ne…</source>
        <translation>تصحيح البند…</translation>
    </message>
    <message>
        <source>&amp;Undo last move…</source>
        <translation>التراجع عن آخر نقل…</translation>
    </message>
    <message>
        <source>Correct details… (Ctrl+E)</source>
        <translation>تصحيح البيانات… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Take pa&amp;yment…</source>
        <translation>استلام دفعة…</translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation>إعادة التحميل (F5)</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>بطاقة الإصلاح</translation>
    </message>
    <message>
        <source>Delivery receipt</source>
        <translation>إيصال التسليم</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>طلب الصيانة {number}</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بلا جهاز</translation>
    </message>
    <message>
        <source>{date} ({channel})</source>
        <translation>{date} ({channel})</translation>
    </message>
    <message>
        <source>Coverage expired on {date}</source>
        <translation>انتهت التغطية في {date}</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>The customer has not answered the estimate yet.</source>
        <translation>لم يرد العميل على التكلفة التقديرية بعد.</translation>
    </message>
    <message>
        <source>Approved by {by} on {date} ({via}).</source>
        <translation>وافق {by} في {date} ({via}).</translation>
    </message>
    <message>
        <source>Declined by {by} on {date} ({via}).</source>
        <translation>رفض {by} في {date} ({via}).</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>التكلفة: {amount}</translation>
    </message>
    <message>
        <source>Covered: {amount}</source>
        <translation>المشمول بالتغطية: {amount}</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>المستحق: {amount}</translation>
    </message>
    <message>
        <source>Paid: {amount}</source>
        <translation>المدفوع: {amount}</translation>
    </message>
    <message>
        <source>Owed: {amount}</source>
        <translation>المتبقي: {amount}</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>إلغاء طلب الصيانة</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled?</source>
        <translation>لماذا يُلغى طلب الصيانة؟</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>إعادة فتح طلب الصيانة</translation>
    </message>
    <message>
        <source>What is wrong again? The ticket will count as a repeat repair.</source>
        <translation>ما العطل الذي عاد؟ سيُحتسب طلب الصيانة إصلاحًا متكررًا.</translation>
    </message>
    <message>
        <source>The customer now pays {due}, more than the {estimate} they approved. Ask them to approve the new amount.</source>
        <translation>يدفع العميل الآن {due}، أكثر من {estimate} التي وافق عليها. اطلب موافقته على المبلغ الجديد.</translation>
    </message>
    <message>
        <source>Has the customer approved it?</source>
        <translation>هل وافق العميل عليه؟</translation>
    </message>
    <message>
        <source>Undo the move {source} → {target}? Why?</source>
        <translation>التراجع عن النقل {source} ← {target}؟ لماذا؟</translation>
    </message>
    <message>
        <source>Undo last move</source>
        <translation>التراجع عن آخر نقل</translation>
    </message>
    <message>
        <source>Charge this line…</source>
        <translation>احتساب هذا البند على العميل…</translation>
    </message>
    <message>
        <source>Cover this line…</source>
        <translation>تغطية هذا البند…</translation>
    </message>
    <message>
        <source>Cover “{line}” against its rule? Why?</source>
        <translation>تغطية «{line}» خلافًا لقاعدته؟ لماذا؟</translation>
    </message>
    <message>
        <source>Charge “{line}” against its rule? Why?</source>
        <translation>احتساب «{line}» على العميل خلافًا لقاعدته؟ لماذا؟</translation>
    </message>
    <message>
        <source>Coverage of a line</source>
        <translation>تغطية بند</translation>
    </message>
    <message>
        <source>Remove “{line}” from the ticket?</source>
        <translation>هل يُحذف «{line}» من طلب الصيانة؟</translation>
    </message>
    <message>
        <source>What was said on the call?</source>
        <translation>ماذا قيل في الاتصال؟</translation>
    </message>
    <message>
        <source>What did the message say?</source>
        <translation>ماذا كان نص الرسالة؟</translation>
    </message>
    <message>
        <source>What happened on the visit?</source>
        <translation>ماذا جرى في الزيارة؟</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>TicketEditDialog</name>
    <message>
        <source>Close without saving the corrections?</source>
        <translation>هل تُغلق دون حفظ التصحيحات؟</translation>
    </message>
    <message>
        <source>Correct ticket {number}</source>
        <translation>تصحيح طلب الصيانة {number}</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>العطل:</translation>
    </message>
    <message>
        <source>&amp;Accessories:</source>
        <translation>الملحقات:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>الحالة الظاهرية:</translation>
    </message>
    <message>
        <source>&amp;Kind of job:</source>
        <translation>نوع العمل:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Came &amp;in by:</source>
        <translation>طريقة الوصول:</translation>
    </message>
    <message>
        <source>Pro&amp;mised date:</source>
        <translation>موعد التسليم:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>الفني:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>الجهاز:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون جهاز</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Technician: {name}</source>
        <translation>الفني: {name}</translation>
    </message>
    <message>
        <source>Opened from {start} to {end}</source>
        <translation>الاستلام من {start} إلى {end}</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Open jobs</source>
        <translation>الأعمال المفتوحة</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>كل الفنيين</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>الاستلام من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>أعمالي</translation>
    </message>
    <message>
        <source>Only the jobs assigned to me</source>
        <translation>الأعمال المسندة إليّ فقط</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>كل الأولويات</translation>
    </message>
    <message>
        <source>All coverage</source>
        <translation>كل التغطيات</translation>
    </message>
    <message>
        <source>Under warranty</source>
        <translation>ضمن الضمان</translation>
    </message>
    <message>
        <source>Under contract</source>
        <translation>ضمن العقد</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>على حساب العميل</translation>
    </message>
</context>
<context>
    <name>TicketHistory</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Log it in the history of this ticket and its customer</source>
        <translation>تسجيله في سجل طلب الصيانة هذا وسجل عميله</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>method unknown</source>
        <translation>طريقة غير معروفة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} ← {target}</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>Diagnosing</source>
        <translation>قيد الفحص</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار موافقة العميل</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>بانتظار قطع الغيار</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>قيد الإصلاح</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>جاهز للتسليم</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Reopened (rework)</source>
        <translation>أعيد فتحه (إعادة إصلاح)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Follow-up call</source>
        <translation>اتصال متابعة</translation>
    </message>
    <message>
        <source>Warranty ending</source>
        <translation>انتهاء الضمان</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>انتهاء العقد</translation>
    </message>
    <message>
        <source>Periodic service due</source>
        <translation>موعد الصيانة الدورية</translation>
    </message>
    <message>
        <source>Past its promised date</source>
        <translation>تجاوز موعد التسليم</translation>
    </message>
    <message>
        <source>Contract job past its response time</source>
        <translation>طلب بعقد تجاوز زمن الاستجابة</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>شكوى مفتوحة</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>more than {count}</source>
        <translation>أكثر من {count}</translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation>الكل ({count})</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Today&apos;s messages</source>
        <translation>رسائل اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to {path}.</source>
        <translation>
            <numerusform>لم تُكتب أي رسالة في {path}.</numerusform>
            <numerusform>كُتبت رسالة واحدة في {path}.</numerusform>
            <numerusform>كُتبت رسالتان في {path}.</numerusform>
            <numerusform>كُتبت %n رسائل في {path}.</numerusform>
            <numerusform>كُتبت %n رسالة في {path}.</numerusform>
            <numerusform>كُتبت %n رسالة في {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the customer has no mobile.</source>
        <translation>
            <numerusform>لم يُستبعد أي صف.</numerusform>
            <numerusform>استُبعد صف واحد: ليس للعميل جوال.</numerusform>
            <numerusform>استُبعد صفان: ليس للعميل جوال.</numerusform>
            <numerusform>استُبعدت %n صفوف: ليس للعميل جوال.</numerusform>
            <numerusform>استُبعد %n صفًا: ليس للعميل جوال.</numerusform>
            <numerusform>استُبعد %n صف: ليس للعميل جوال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for SMS</source>
        <translation>تصدير للرسائل القصيرة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Log call (Ctrl+L)</source>
        <translation>تسجيل اتصال (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open ticket (Ctrl+T)</source>
        <translation>فتح طلب الصيانة (Ctrl+T)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>فتح طلب الصيانة</translation>
    </message>
    <message>
        <source>Export for SMS…</source>
        <translation>تصدير للرسائل القصيرة…</translation>
    </message>
    <message>
        <source>Save the rows shown as mobile, name and message, for an SMS tool.</source>
        <translation>يحفظ الصفوف المعروضة بالجوال والاسم ونص الرسالة لأداة الرسائل القصيرة.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>لا شيء مستحق اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>Each kind lists its %n longest waiting here; the counts are of them all, and Export for SMS writes them all.</source>
        <translation>
            <numerusform>يُعرض هنا من كل نوع أقدم %n؛ الأعداد تشملها كلها، و«تصدير للرسائل القصيرة» يكتبها كلها.</numerusform>
            <numerusform>يُعرض هنا من كل نوع الأقدم فقط؛ الأعداد تشملها كلها، و«تصدير للرسائل القصيرة» يكتبها كلها.</numerusform>
            <numerusform>يُعرض هنا من كل نوع الأقدمان فقط؛ الأعداد تشملها كلها، و«تصدير للرسائل القصيرة» يكتبها كلها.</numerusform>
            <numerusform>يُعرض هنا من كل نوع أقدم %n؛ الأعداد تشملها كلها، و«تصدير للرسائل القصيرة» يكتبها كلها.</numerusform>
            <numerusform>يُعرض هنا من كل نوع أقدم %n؛ الأعداد تشملها كلها، و«تصدير للرسائل القصيرة» يكتبها كلها.</numerusform>
            <numerusform>يُعرض هنا من كل نوع أقدم %n؛ الأعداد تشملها كلها، و«تصدير للرسائل القصيرة» يكتبها كلها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another owner</source>
        <translation>النقل إلى مالك آخر</translation>
    </message>
    <message>
        <source>no owner on record</source>
        <translation>بلا مالك مسجّل</translation>
    </message>
    <message>
        <source>Unit {serial} ({product}) now belongs to {owner}. Its tickets stay with the customer who brought them.</source>
        <translation>الجهاز {serial} ({product}) مملوك الآن لـ {owner}. تبقى طلبات صيانته مع العميل الذي أحضره.</translation>
    </message>
    <message>
        <source>Name, mobile or a serial they own…</source>
        <translation>الاسم أو الجوال أو الرقم التسلسلي لأحد أجهزته…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>المالك الجديد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>For example: sold, a gift, registered to the wrong customer</source>
        <translation>مثلًا: بِيع، هدية، سُجّل باسم عميل خطأ</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>UnitCorrections</name>
    <message>
        <source>Delete the unit {serial}? Only a unit registered by mistake, with no ticket or contract, can be deleted. The history keeps an entry of it.</source>
        <translation>هل تريد حذف الجهاز {serial}؟ لا يُحذف إلا جهاز سُجّل خطأً وليس له طلب صيانة ولا عقد. يحتفظ السجل بقيد عن الحذف.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Archive the unit</source>
        <translation>أرشفة الجهاز</translation>
    </message>
    <message>
        <source>Restore the unit from archive</source>
        <translation>استعادة الجهاز من الأرشيف</translation>
    </message>
    <message>
        <source>Delete the unit…</source>
        <translation>حذف الجهاز…</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>No owner on record</source>
        <translation>لا مالك مسجّل</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>المالك: {owner}</translation>
    </message>
    <message>
        <source>Coverage unknown: the purchase date is not on record (without it no warranty is recorded)</source>
        <translation>التغطية غير معروفة: تاريخ الشراء غير مسجّل (بدونه لا يُسجَّل ضمان)</translation>
    </message>
    <message>
        <source>Unit — {serial}</source>
        <translation>الجهاز — {serial}</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this unit will be lost.</source>
        <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Tickets ({count})</source>
        <translation>طلبات الصيانة ({count})</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>السجل ({count})</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>تاريخ الشراء</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>البائع</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Transfer to another owner…</source>
        <translation>النقل إلى مالك آخر…</translation>
    </message>
    <message>
        <source>Void the warranty…</source>
        <translation>إلغاء الضمان…</translation>
    </message>
    <message>
        <source>Extend the warranty…</source>
        <translation>تمديد الضمان…</translation>
    </message>
    <message>
        <source>Sell extended warranty…</source>
        <translation>بيع ضمان ممدد…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>UnitRegistration</name>
    <message>
        <source>Register the unit</source>
        <translation>تسجيل الجهاز</translation>
    </message>
    <message>
        <source>unknown: type the months</source>
        <translation>غير معروف: أدخل الأشهر</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>العلامة التجارية:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>الموديل:</translation>
    </message>
    <message>
        <source>Purchase date:</source>
        <translation>تاريخ الشراء:</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>البائع:</translation>
    </message>
    <message>
        <source>Invoice no.:</source>
        <translation>رقم الفاتورة:</translation>
    </message>
    <message>
        <source>Warranty months:</source>
        <translation>مدة الضمان (بالأشهر):</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Close without recording the visit?</source>
        <translation>إغلاق دون تسجيل الزيارة؟</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>تسجيل زيارة</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>الفني:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>ما تم عمله:</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>No visit yet: the contract is not saved.</source>
        <translation>لا زيارات بعد: العقد غير محفوظ.</translation>
    </message>
    <message>
        <source>Visits used: {used} (no limit)</source>
        <translation>الزيارات المستخدمة: {used} (بلا حد)</translation>
    </message>
    <message>
        <source>Visits used: {used} of {included}; left: {left}</source>
        <translation>الزيارات المستخدمة: {used} من {included}؛ المتبقي: {left}</translation>
    </message>
    <message>
        <source>used up: new jobs are paid by the customer</source>
        <translation>استُنفدت: الأعمال الجديدة على حساب العميل</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) used before Khedmat recorded visits.</source>
        <translation>
            <numerusform>لم تُستخدم أي زيارة قبل أن تسجّل «خدمة» الزيارات.</numerusform>
            <numerusform>استُخدمت زيارة واحدة قبل أن تسجّل «خدمة» الزيارات.</numerusform>
            <numerusform>استُخدمت زيارتان قبل أن تسجّل «خدمة» الزيارات.</numerusform>
            <numerusform>استُخدمت %n زيارات قبل أن تسجّل «خدمة» الزيارات.</numerusform>
            <numerusform>استُخدمت %n زيارة قبل أن تسجّل «خدمة» الزيارات.</numerusform>
            <numerusform>استُخدمت %n زيارة قبل أن تسجّل «خدمة» الزيارات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>تسجيل زيارة…</translation>
    </message>
    <message>
        <source>An on-site visit the contract paid for, made without a ticket.</source>
        <translation>زيارة في الموقع على حساب العقد، دون طلب صيانة.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Close without voiding the warranty?</source>
        <translation>إغلاق دون إلغاء الضمان؟</translation>
    </message>
    <message>
        <source>Void the warranty</source>
        <translation>إلغاء الضمان</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Void since:</source>
        <translation>ملغى منذ:</translation>
    </message>
</context>
<context>
    <name>WarrantyActions</name>
    <message>
        <source>This warranty is void already.</source>
        <translation>هذا الضمان ملغى من قبل.</translation>
    </message>
    <message>
        <source>Void the warranty…</source>
        <translation>إلغاء الضمان…</translation>
    </message>
    <message>
        <source>Extend the warranty…</source>
        <translation>تمديد الضمان…</translation>
    </message>
</context>
<context>
    <name>WarrantyDialogs</name>
    <message>
        <source>Tampered with (seal broken)</source>
        <translation>عبث بالجهاز (الختم مكسور)</translation>
    </message>
    <message>
        <source>Physical damage</source>
        <translation>ضرر مادي</translation>
    </message>
    <message>
        <source>Repaired elsewhere without authorisation</source>
        <translation>أُصلح في مكان غير معتمد</translation>
    </message>
    <message>
        <source>Periodic service missed</source>
        <translation>فاتت الصيانة الدورية</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>The monthly report counts workshop time in these hours of the working days only: not on the weekend, not on the holidays listed here, and not while a job waits for the customer&apos;s approval or for parts.</source>
        <translation>يحسب التقرير الشهري وقت الورشة في هذه الساعات من أيام العمل فقط: لا في عطلة نهاية الأسبوع، ولا في العطلات المدرجة هنا، ولا حين ينتظر طلب الصيانة موافقة العميل أو قطع الغيار.</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>تفتح الساعة</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>تُغلق الساعة</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>العطلات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Type or pick a day, then Add. Days the workshop is closed besides the weekend: Nowruz, Eid, national holidays.</source>
        <translation>اكتب يومًا أو اختره، ثم «إضافة». الأيام التي تُغلق فيها الورشة غير عطلة نهاية الأسبوع: الأعياد والعطلات الرسمية.</translation>
    </message>
</context>
</TS>
