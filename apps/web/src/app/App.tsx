import { Navigate, Route, Routes } from 'react-router-dom';
import { FrameworkItemPage } from '../routes/FrameworkItemPage';
import { FrameworksPage } from '../routes/FrameworksPage';
import { FrameworkVersionPage } from '../routes/FrameworkVersionPage';
import { HomePage } from '../routes/HomePage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { Layout } from './Layout';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/frameworks" element={<FrameworksPage />} />
        <Route path="/frameworks/:key" element={<Navigate to="current" replace />} />
        <Route path="/frameworks/:key/:version" element={<FrameworkVersionPage />} />
        <Route path="/frameworks/:key/:version/items/:itemId" element={<FrameworkItemPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
